import type { ScreenActivity } from '../../lib/screenAgenda'

import { activityTexts } from '../../lib/screenLabels'

/** The DOM side of screen mode: the page's elements, one slide, the clock, the status line. */

export type Slide = {
  /** The day it shows ("2026-11-25"), or null for a message about the screen itself. */
  day: string | null
  heading: string
  /** Shown instead of activities: "nothing more today", a wrong address. */
  messages: string[]
  activities: ScreenActivity[]
  /** "2 van 3" within the day. */
  number: number
  of: number
}

export const screenElements = (root: HTMLElement) => {
  const get = <T extends Element = HTMLElement>(selector: string): T => {
    const element = root.querySelector<T>(selector)
    if (!element) throw new Error(`The screen page has no ${selector}`)
    return element
  }
  return {
    root,
    static: get('[data-screen-static]'),
    live: get('[data-screen-live]'),
    heading: get('[data-slide-heading]'),
    count: get('[data-slide-count]'),
    messages: get('[data-slide-messages]'),
    list: get<HTMLUListElement>('[data-slide-list]'),
    template: get<HTMLTemplateElement>('template[data-activity-template]'),
    clock: get('[data-screen-clock]'),
    clockTime: get('[data-clock-time]'),
    clockDate: get('[data-clock-date]'),
    filter: get('[data-screen-filter]'),
    status: get('[data-screen-status]'),
  }
}

export type ScreenElements = ReturnType<typeof screenElements>

const activityRow = (els: ScreenElements, activity: ScreenActivity, now: Date): HTMLLIElement => {
  const row = els.template.content.firstElementChild!.cloneNode(true) as HTMLLIElement
  const texts = activityTexts(activity, now)
  for (const field of row.querySelectorAll<HTMLElement>('[data-field]')) {
    const text = texts[field.dataset.field as 'start' | 'end' | 'title' | 'place' | 'category']
    field.textContent = text ?? ''
    field.hidden = !text
  }
  for (const badge of row.querySelectorAll<HTMLElement>('[data-badge]')) badge.hidden = !texts[badge.dataset.badge as 'ongoing' | 'cancelled']
  return row
}

const overflows = (list: HTMLElement) => list.scrollHeight > list.clientHeight + 1

/**
 * Splits activities into slides that fit the screen, by laying them out in the slide's own list:
 * rows differ in height (a long title wraps), and so do screens.
 */
export const paginate = (els: ScreenElements, heading: string, activities: readonly ScreenActivity[], now: Date): ScreenActivity[][] => {
  els.heading.textContent = heading
  els.count.textContent = '1 van 2'
  els.messages.hidden = true
  els.list.hidden = false
  els.list.replaceChildren()
  const pages: ScreenActivity[][] = []
  let page: ScreenActivity[] = []
  for (const activity of activities) {
    els.list.append(activityRow(els, activity, now))
    if (page.length > 0 && overflows(els.list)) {
      pages.push(page)
      page = []
      els.list.replaceChildren(activityRow(els, activity, now))
    }
    page.push(activity)
  }
  if (page.length) pages.push(page)
  return pages
}

export const showSlide = (els: ScreenElements, slide: Slide, now: Date, animate: boolean) => {
  els.live.dataset.day = slide.day ?? ''
  els.heading.textContent = slide.heading
  els.count.textContent = slide.of > 1 ? `${slide.number} van ${slide.of}` : ''
  els.messages.replaceChildren(...slide.messages.map((message) => Object.assign(document.createElement('p'), { textContent: message })))
  els.messages.hidden = slide.messages.length === 0
  els.list.replaceChildren(...slide.activities.map((activity) => activityRow(els, activity, now)))
  els.list.hidden = slide.activities.length === 0
  if (animate) {
    // Restarts the fade-in; prefers-reduced-motion turns it off in the CSS, the slide still changes.
    els.live.classList.remove('screen-slide-in')
    void els.live.offsetWidth
    els.live.classList.add('screen-slide-in')
  }
}

/** From the build's list to the live, rotating view (only once there is something to show). */
export const goLive = (els: ScreenElements) => {
  document.documentElement.classList.add('screen-running')
  els.static.hidden = true
  els.live.hidden = false
  els.clock.hidden = false
}

export const showClock = (els: ScreenElements, time: string, date: string) => {
  els.clockTime.textContent = time
  els.clockDate.textContent = date
}

export const showFilter = (els: ScreenElements, label: string | null) => {
  els.filter.textContent = label ?? ''
  els.filter.hidden = !label
}

export const showStatus = (els: ScreenElements, text: string) => {
  els.status.textContent = text
}
