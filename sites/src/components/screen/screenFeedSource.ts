import { isScreenFeed, SCREEN_FEED_FORMAT, type ScreenActivity, type ScreenFeed } from '../../lib/screenAgenda'

/**
 * Where a screen gets its agenda from: the feed on the server, else the last good copy kept in this
 * browser, else the rows the page was built with. Every failure ends in `null`, never in an exception:
 * a screen on a flaky connection keeps what it has.
 */

export type FeedSource = {
  feed: ScreenFeed
  /** When this feed was fetched (or built, for the page's own rows). */
  updatedAt: Date
  /** False for the page's own rows: a capped list without the wijk's organisations. */
  complete: boolean
}

const STORAGE_KEY = 'wijk-scherm-agenda'
// A stalled connection must not stop the refreshes: they are scheduled after each attempt ends.
const FETCH_TIMEOUT_MS = 30_000

/**
 * 'no-cache', not 'no-store': the browser asks the server every time (never an old copy without asking),
 * and an unchanged feed costs a 304 instead of the whole file (~450 KB for a big wijk) every 5 minutes.
 */
export const fetchFeed = async (url: string): Promise<FeedSource | null> => {
  try {
    const response = await fetch(url, { cache: 'no-cache', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
    if (!response.ok) return null
    const data: unknown = await response.json()
    return isScreenFeed(data) ? { feed: data, updatedAt: new Date(), complete: true } : null
  } catch {
    return null
  }
}

/** Keeps the feed for a reload while offline. Storage can be full or switched off: then it is simply not kept. */
export const storeFeed = (source: FeedSource) => {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ updatedAt: source.updatedAt.toISOString(), feed: source.feed }))
  } catch {
    // Nothing to do: the screen works without it.
  }
}

export const storedFeed = (): FeedSource | null => {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
    if (typeof stored !== 'object' || stored === null) return null
    const { updatedAt, feed } = stored as { updatedAt?: unknown; feed?: unknown }
    if (typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt)) || !isScreenFeed(feed)) return null
    return { feed, updatedAt: new Date(updatedAt), complete: true }
  } catch {
    return null
  }
}

/** The activities the page was built with (its rows carry them as JSON), for when no feed ever loaded. */
export const pageFeed = (root: HTMLElement, generatedAt: string): FeedSource => {
  const activities = [...root.querySelectorAll<HTMLElement>('[data-activity]')].map((row) => JSON.parse(row.dataset.activity!) as ScreenActivity)
  return { feed: { format: SCREEN_FEED_FORMAT, generatedAt, organisations: {}, activities }, updatedAt: new Date(generatedAt), complete: false }
}
