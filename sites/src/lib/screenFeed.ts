import { addAmsterdamDays, startOfAmsterdamDay, toAmsterdamIso } from '@wijk/shared/time'

import { buildNow } from './agenda'
import { getAgendaItems, getHosts, hostOf } from './events'
import { once } from './once'
import { paths } from './paths'
import { SCREEN_FEED_DAYS, SCREEN_FEED_FORMAT, type ScreenFeed } from './screenAgenda'

/**
 * The screen feed of this build (/scherm/agenda.json, and the list /scherm/ shows without
 * JavaScript): the occurrences of the coming SCREEN_FEED_DAYS days, taken from the agenda's own
 * expansion, with only the fields a screen shows.
 */
export const getScreenFeed = once(async (): Promise<ScreenFeed> => {
  const now = buildNow()
  const until = addAmsterdamDays(startOfAmsterdamDay(now), SCREEN_FEED_DAYS).getTime()
  const hosts = await getHosts()
  const items = (await getAgendaItems()).filter((item) => Date.parse(item.start) < until)
  return {
    format: SCREEN_FEED_FORMAT,
    generatedAt: toAmsterdamIso(now),
    organisations: Object.fromEntries([...hosts.values()].map((host) => [host.slug, host.name])),
    activities: items.map(({ event, start, end }) => ({
      title: event.title,
      start,
      end,
      place: event.place?.name ?? hostOf(event, hosts)?.name ?? null,
      category: event.category,
      organisation: event.organisation,
      url: paths.event(event.slug),
      cancelled: event.status === 'cancelled',
    })),
  }
})
