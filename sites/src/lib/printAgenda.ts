import type { EventCategory } from '@wijk/shared/snapshot'

import { addDays, isoWeekKey, mondayOfWeek, weekNumber } from '@wijk/shared/isoWeek'
import { addAmsterdamDays, amsterdamDateKey, startOfAmsterdamDay } from '@wijk/shared/time'

import { type AgendaItem, AGENDA_WEEKS, buildNow, CATEGORY_LABELS, groupBy } from './agenda'
import { dayLabel, middayOf } from './eventDates'
import { paths } from './paths'

/**
 * The printed agenda: A4 sheets per kind of activity and per period, for the tables of meal
 * locations and the notice boards of community centres. Every sheet is a static page; a sheet is
 * only made when something is on it.
 */

/** A category sheet without a week covers the coming four weeks. */
export const PRINT_WEEKS = 4

export type PrintSheet = {
  path: string
  /** null: every kind of activity. */
  category: EventCategory | null
  /** "2026-W48", or null for the coming four weeks. */
  week: string | null
  /** The first and last day the sheet covers (date keys); the first is never before today. */
  firstDay: string
  lastDay: string
  items: AgendaItem[]
}

/** "Buurtmaaltijd" or "Alle activiteiten". */
export const sheetSubject = (category: EventCategory | null) => (category ? CATEGORY_LABELS[category] : 'Alle activiteiten')

/** "Week 48" */
export const weekLabel = (week: string) => `Week ${weekNumber(week)}`

const sheetPath = (category: EventCategory | null, week: string | null) =>
  category === null ? paths.agendaPrintWeek(week!) : week === null ? paths.agendaPrintCategory(category) : paths.agendaPrintCategoryWeek(category, week)

const dayOf = (item: AgendaItem) => amsterdamDateKey(new Date(item.start))

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const MONTH_YEAR = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const dateParts = (dateKey: string) => MONTH_YEAR.format(new Date(`${dateKey}T12:00:00Z`)).split(' ')

/**
 * "23 t/m 29 november 2026", "30 november t/m 6 december 2026", "28 december 2026 t/m 3 januari 2027";
 * without the year ("23 t/m 29 november") where the year is clear from the context.
 */
export function dateRange(first: string, last: string, { year = true } = {}): string {
  const [d1, m1, y1] = dateParts(first)
  const [d2, m2, y2] = dateParts(last)
  const to = year ? `${d2} ${m2} ${y2}` : `${d2} ${m2}`
  if (y1 !== y2) return `${d1} ${m1}${year ? ` ${y1}` : ''} t/m ${to}`
  return m1 === m2 ? `${d1} t/m ${to}` : `${d1} ${m1} t/m ${to}`
}

/** What a sheet covers: "De komende 4 weken: 23 november t/m 20 december 2026" or "Week 48: 23 t/m 29 november 2026". */
export const sheetPeriod = (sheet: Pick<PrintSheet, 'week' | 'firstDay' | 'lastDay'>) =>
  `${sheet.week ? weekLabel(sheet.week) : `De komende ${PRINT_WEEKS} weken`}: ${dateRange(sheet.firstDay, sheet.lastDay)}`

/**
 * A sheet's occurrences per day, with the day's heading ("Woensdag 25 november"). Something that
 * started before the sheet's first day and still runs goes under that first day.
 */
export const sheetDays = (sheet: Pick<PrintSheet, 'firstDay' | 'items'>): [string, string, AgendaItem[]][] =>
  groupBy(sheet.items, (item) => (dayOf(item) < sheet.firstDay ? sheet.firstDay : dayOf(item))).map(([day, items]) => [
    day,
    capitalise(dayLabel(middayOf(day))),
    items,
  ])

/** The site's address as people type it: "delfshaven.nl" for https://delfshaven.nl/. */
export const siteAddress = (siteUrl: string) => {
  const url = new URL(siteUrl)
  return `${url.host}${url.pathname.replace(/\/$/, '')}`
}

/**
 * The weeks a sheet can be printed for: this week (from today on) and every following week the
 * agenda covers completely. A week at the end of the agenda's 8 weeks that the agenda covers only
 * partly is left out: its sheet would miss activities.
 */
export function printWeeks(now = buildNow()): { week: string; firstDay: string; lastDay: string }[] {
  const today = amsterdamDateKey(now)
  const agendaEnd = amsterdamDateKey(addAmsterdamDays(startOfAmsterdamDay(now), AGENDA_WEEKS * 7 - 1))
  const weeks = []
  for (let week = isoWeekKey(today); ; week = isoWeekKey(addDays(mondayOfWeek(week), 7))) {
    const sunday = addDays(mondayOfWeek(week), 6)
    if (sunday > agendaEnd) break
    weeks.push({ week, firstDay: weeks.length === 0 ? today : mondayOfWeek(week), lastDay: sunday })
  }
  return weeks
}

/**
 * Every print sheet with its occurrences, from the agenda's occurrences (expanded once per build):
 * per kind of activity for the coming four weeks, per week for everything, and per kind per week.
 * One pass groups the items; no sheet filters the whole agenda again.
 */
export function printSheets(items: readonly AgendaItem[], now = buildNow()): PrintSheet[] {
  const today = amsterdamDateKey(now)
  const lastOfFourWeeks = addDays(today, PRINT_WEEKS * 7 - 1)
  const weeks = printWeeks(now)
  const lastWeekDay = weeks.at(-1)?.lastDay ?? today

  const byWeek = new Map(
    groupBy(
      items.filter((item) => dayOf(item) <= lastWeekDay),
      (item) => isoWeekKey(dayOf(item)),
    ),
  )
  const byCategory = new Map(
    groupBy(
      items.filter((item) => dayOf(item) <= lastOfFourWeeks),
      (item) => item.event.category,
    ),
  )
  const sheets: PrintSheet[] = []
  for (const category of Object.keys(CATEGORY_LABELS) as EventCategory[]) {
    const fourWeeks = byCategory.get(category) ?? []
    if (fourWeeks.length > 0)
      sheets.push({ path: sheetPath(category, null), category, week: null, firstDay: today, lastDay: lastOfFourWeeks, items: fourWeeks })
  }
  for (const { week, firstDay, lastDay } of weeks) {
    const weekItems = byWeek.get(week) ?? []
    if (weekItems.length === 0) continue
    sheets.push({ path: sheetPath(null, week), category: null, week, firstDay, lastDay, items: weekItems })
    for (const [category, categoryItems] of groupBy(weekItems, (item) => item.event.category)) {
      sheets.push({ path: sheetPath(category as EventCategory, week), category: category as EventCategory, week, firstDay, lastDay, items: categoryItems })
    }
  }
  return sheets
}

/** The id of an event's QR code symbol on a sheet. */
export const qrSymbolId = (slug: string) => `qr-${slug}`
