import type { APIRoute, GetStaticPaths } from 'astro'

import { CATEGORY_LABELS } from '../../../lib/agenda'
import { eventsOfCategory, getEvents, getHosts, isCategory, usedCategories } from '../../../lib/events'
import { agendaCalendar, calendarResponse } from '../../../lib/ical'
import { categoryFeedKey } from '../../../lib/listPageKeys'
import { paths } from '../../../lib/paths'
import { getWijk } from '../../../lib/wijk'

export const getStaticPaths = (async () => {
  const events = await getEvents()
  return Promise.all(
    usedCategories(events).map(async (category) => ({
      params: { category },
      cacheKey: await categoryFeedKey(category, eventsOfCategory(events, category)),
    })),
  )
}) satisfies GetStaticPaths

/** One category of the agenda as an iCalendar feed. */
export const GET: APIRoute = async ({ params, site }) => {
  const { category } = params
  if (!isCategory(category)) return new Response(null, { status: 404 })
  const wijk = await getWijk()
  const body = agendaCalendar({
    wijk,
    events: eventsOfCategory(await getEvents(), category),
    hosts: await getHosts(),
    site,
    name: `Agenda ${wijk.name}: ${CATEGORY_LABELS[category]}`,
    pagePath: paths.agendaCategory(category),
  })
  return calendarResponse(body)
}
