import type { APIRoute } from 'astro'

import { getEvents, getHosts } from '../lib/events'
import { agendaCalendar, calendarResponse } from '../lib/ical'
import { paths } from '../lib/paths'
import { getWijk } from '../lib/wijk'

/** The whole agenda as an iCalendar feed to subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  const wijk = await getWijk()
  const body = agendaCalendar({ wijk, events: await getEvents(), hosts: await getHosts(), site, name: `Agenda ${wijk.name}`, pagePath: paths.agenda() })
  return calendarResponse(body)
}
