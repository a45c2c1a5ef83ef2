import type { EventHost } from '@wijk/shared/eventPlace'

import type { AgendaItem } from './agenda'

import { addressText, eventPlace } from '@wijk/shared/eventPlace'
import { escapeHtml } from '@wijk/shared/html'

import { formatPrice, formatTime } from './dates'
import { dayLabel, sameDay } from './eventDates'
import { once } from './once'
import { paths } from './paths'
import { qrSymbolId } from './printAgenda'

/**
 * One occurrence on a print sheet, as an HTML table row: time, what, where, price, how to join, and
 * the event's QR code (a symbol drawn once per sheet). Built as a string and memoised per occurrence:
 * an occurrence is on up to three sheets (its week, its kind that week, its kind's four weeks), and a
 * big wijk's sheets hold thousands of them, too many for a component render each. The memo is per
 * snapshot: the builder's warm renderer renders one snapshot after another in one process.
 */
const rowsOfThisSnapshot = once(() => new Map<string, string>())

export function printEventHtml(item: AgendaItem, host: EventHost | null): string {
  const rows = rowsOfThisSnapshot()
  const key = `${item.event.slug}@${item.start}`
  let row = rows.get(key)
  if (row === undefined) {
    row = render(item, host)
    rows.set(key, row)
  }
  return row
}

/** "18:00 – 20:00" as the agenda writes it (TimeRange.astro): an end on a later day names that day. */
function timeRange(start: string, end: string): string {
  const from = `<time datetime="${escapeHtml(start)}">${formatTime(start)}</time>`
  if (end === start) return from
  const endLabel = sameDay(start, end) ? formatTime(end) : `${dayLabel(end)} ${formatTime(end)}`
  return `${from}<span aria-hidden="true"> – </span><span class="sr-only"> tot </span><time datetime="${escapeHtml(end)}">${escapeHtml(endLabel)}</time>`
}

const line = (label: string, text: string) => `<p><span class="print-label">${label}:</span> ${escapeHtml(text)}</p>`

function render(item: AgendaItem, host: EventHost | null): string {
  const { event } = item
  const place = eventPlace(event, host)
  const price = formatPrice(event.price)
  const address = place.address ? addressText(place.address) : null
  const where = [place.name, address].filter(Boolean).join(', ') || (place.onlineUrl ? 'online' : null)
  const title = escapeHtml(event.title)
  return [
    '<tr class="print-event">',
    `<td class="print-event-time">${timeRange(item.start, item.end)}</td>`,
    '<td class="print-event-text">',
    `<h3 class="print-event-title"><a href="${escapeHtml(paths.event(event.slug))}">${title}</a></h3>`,
    event.status === 'cancelled' ? '<p class="print-event-cancelled">Gaat niet door</p>' : '',
    where ? line('Waar', `${where}${place.onlineUrl && place.physical ? ' (ook online)' : ''}`) : '',
    price ? line('Kosten', price) : '',
    event.howToJoin ? line('Meedoen', event.howToJoin) : '',
    '</td>',
    `<td class="print-event-code"><svg class="print-event-qr" role="img" aria-label="QR-code naar de pagina van ${title}">`,
    `<use href="#${escapeHtml(qrSymbolId(event.slug))}" width="100%" height="100%"></use></svg></td>`,
    '</tr>',
  ].join('')
}
