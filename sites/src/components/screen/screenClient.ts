import { amsterdamDateKey } from '@wijk/shared/time'

import { filterLabel, filterProblems, matchesFilter, type ScreenActivity, screenFilterFrom, type ScreenSections, screenSections } from '../../lib/screenAgenda'
import { clockDate, clockTime, dayHeading, updatedLabel } from '../../lib/screenLabels'
import { type FeedSource, fetchFeed, pageFeed, storedFeed, storeFeed } from './screenFeedSource'
import { goLive, paginate, screenElements, showClock, showFilter, showSlide, showStatus, type Slide } from './screenView'

/**
 * Screen mode: rotates through today's and this week's activities, keeps a clock, and fetches the
 * feed again every few minutes. "Today" comes from this device's clock read in Amsterdam time, so the
 * screen moves to the next day at midnight by itself, whatever the last build knew.
 */

const ROTATE_MS = 12_000
const REFRESH_MS = 5 * 60_000
/** Sooner while the screen only has the page's own rows. */
const RETRY_MS = 30_000
const TICK_MS = 1_000

const root = document.querySelector<HTMLElement>('[data-screen]')
if (root) startScreen(root)

function startScreen(root: HTMLElement) {
  const els = screenElements(root)
  const feedUrl = root.dataset.feedUrl!
  const builtAt = root.dataset.generatedAt!
  const helpUrl = root.dataset.helpUrl!
  const filter = screenFilterFrom(window.location.search)

  let source: FeedSource | null = null
  let offline = false
  let slides: Slide[] = []
  let slideIndex = 0
  let layoutKey = ''
  let dayKey = ''
  let minuteKey = ''
  let rotation = 0
  /** (Re)starts the rotation: a new day's first slide gets its full time. */
  const rotate = () => {
    window.clearInterval(rotation)
    rotation = window.setInterval(() => render(new Date(), true), ROTATE_MS)
  }

  const daySlides = (day: string, heading: string, activities: ScreenActivity[], empty: string, now: Date): Slide[] => {
    if (!activities.length) return [{ day, heading, messages: [empty], activities: [], number: 1, of: 1 }]
    const pages = paginate(els, heading, activities, now)
    return pages.map((page, i) => ({ day, heading, messages: [], activities: page, number: i + 1, of: pages.length }))
  }

  /** "Vandaag" first (also when nothing is left today), then each day of the week that has activities. */
  const slidesFor = ({ feed, complete }: FeedSource, { dayKey: today, today: todays, weekDays }: ScreenSections, now: Date): Slide[] => {
    // The page's own rows do not know every organisation: judge the address only against the real feed.
    const problems = complete ? filterProblems(filter, feed.organisations) : []
    if (problems.length) {
      return [{ day: null, heading: 'Dit scherm is niet goed ingesteld', messages: [...problems, `Uitleg: ${helpUrl}`], activities: [], number: 1, of: 1 }]
    }
    const nothingToday = weekDays.length ? 'Vandaag staat er verder niets in de agenda.' : 'Vandaag en de komende zes dagen staat er niets in de agenda.'
    return [
      ...daySlides(today, 'Vandaag', todays, nothingToday, now),
      ...weekDays.flatMap(([day, activities]) => daySlides(day, dayHeading(day, now), activities, '', now)),
    ]
  }

  /** Shows the current slide; `advance` moves to the next one. Re-plans the slides when what is shown changed. */
  const render = (now: Date, advance: boolean) => {
    if (!source) return
    const shown = source.feed.activities.filter((activity) => matchesFilter(activity, filter))
    const sections = screenSections(shown, now)
    const today = sections.dayKey
    // Recomputed per minute and per slide, cheap next to laying out rows again: only a change re-plans.
    const key = [
      today,
      source.feed.generatedAt,
      source.complete,
      window.innerWidth,
      window.innerHeight,
      ...sections.today.map((a) => a.start + a.title),
      '|',
      ...sections.week.map((a) => a.start + a.title),
    ].join('\n')
    if (key !== layoutKey) {
      slides = slidesFor(source, sections, now)
      // A new day starts with "Vandaag"; new data or a finished activity keeps the screen where it was.
      if (today !== dayKey) {
        slideIndex = 0
        rotate()
      } else {
        slideIndex = Math.min(slideIndex, slides.length - 1)
      }
      layoutKey = key
      dayKey = today
      showFilter(els, filterLabel(filter, source.feed.organisations))
      showSlide(els, slides[slideIndex]!, now, false)
    } else if (advance) {
      slideIndex = (slideIndex + 1) % slides.length
      showSlide(els, slides[slideIndex]!, now, slides.length > 1)
    }
  }

  const showUpdated = (now: Date) => {
    if (source) showStatus(els, updatedLabel(source.updatedAt, now, offline))
  }

  const use = (next: FeedSource) => {
    const first = !source
    source = next
    if (first) goLive(els)
    const now = new Date()
    render(now, false)
    showUpdated(now)
  }

  const tick = () => {
    const now = new Date()
    const minute = `${amsterdamDateKey(now)} ${clockTime(now)}`
    if (minute === minuteKey) return
    minuteKey = minute
    showClock(els, clockTime(now), clockDate(now))
    render(now, false)
    showUpdated(now)
  }

  const refresh = async () => {
    const fetched = await fetchFeed(feedUrl)
    offline = !fetched
    if (fetched) {
      storeFeed(fetched)
      use(fetched)
    } else {
      // Never blank: the last good feed stays; with none at all, the rows the page was built with.
      use(source ?? pageFeed(root, builtAt))
    }
    window.setTimeout(refresh, source?.complete ? REFRESH_MS : RETRY_MS)
  }

  // The copy kept from an earlier visit shows at once, unless the page itself is newer.
  const kept = storedFeed()
  if (kept && Date.parse(kept.feed.generatedAt) >= Date.parse(builtAt)) use(kept)
  tick()
  void refresh()
  window.setInterval(tick, TICK_MS)
  rotate()
  window.addEventListener('resize', () => render(new Date(), false))
}
