import ical, { type ParameterValue, type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'

import { expandOccurrences } from '@wijk/shared/recurrence'
import type { SnapshotEvent } from '@wijk/shared/snapshot'
import { amsterdamDateKey, amsterdamWallTime, parseIsoWithOffset } from '@wijk/shared/time'
import { eventPlace } from '@wijk/shared/eventPlace'

import { sanitizeEventHtml } from '../src/lib/eventHtml'
import { eventJsonLd } from '../src/lib/eventJsonLd'
import { agendaCalendar, recurrenceLines } from '../src/lib/ical'
import { now, organisations, site, sorted, today, todayKey, weeklyMeals, within } from './helpers/agendaExpectations'
import { readBuilt, snapshot } from './helpers/builtSite'

const text = (v: ParameterValue | undefined) => (typeof v === 'string' ? v : (v?.val ?? ''))

describe('iCalendar feeds', () => {
  const raw = readBuilt('/agenda.ics')
  const parsed = ical.sync.parseICS(raw)
  const vevents = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT')
  const uid = (e: SnapshotEvent) => `${e.id}@${snapshot.wijk.domain}`
  const inFeed = (e: SnapshotEvent) => Boolean(e.recurrence) || Date.parse(e.end) > today.getTime()
  const localTime = (d: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d)

  it('is a calendar named after the wijk, with CRLF lines and the Amsterdam VTIMEZONE', () => {
    expect(raw.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(raw).toContain(`X-WR-CALNAME:Agenda ${snapshot.wijk.name}\r\n`)
    expect(raw.split('\r\n').every((line) => line.length <= 75)).toBe(true)
    expect(Object.values(parsed).some((c) => c?.type === 'VTIMEZONE' && c.tzid === 'Europe/Amsterdam')).toBe(true)
    expect(raw).not.toMatch(/^DTSTAMP:\d{8}T\d{6}\r$/m) // DTSTAMP must be UTC ("Z")
  })

  it('has one VEVENT per upcoming or recurring event, with stable, unique UIDs', () => {
    const uidLines = raw
      .split('\r\n')
      .filter((l) => l.startsWith('UID:'))
      .map((l) => l.slice(4))
    expect(new Set(uidLines).size).toBe(uidLines.length)
    expect(sorted(uidLines)).toEqual(sorted(snapshot.events.filter(inFeed).map(uid)))
    expect(snapshot.events.some((e) => !inFeed(e))).toBe(true) // past one-off events are left out
  })

  it('writes title, page URL, place, local start and status for every event', () => {
    for (const event of snapshot.events.filter(inFeed)) {
      const v = vevents.find((e) => e.uid === uid(event))!
      expect(text(v.summary)).toBe(event.title)
      const url = new URL(`/agenda/${event.slug}/`, site).toString()
      expect(text(v.url)).toBe(url)
      expect(text(v.description)).toContain(url)
      expect(v.start.tz).toBe('Europe/Amsterdam')
      expect(v.start.getTime()).toBe(parseIsoWithOffset(event.start).getTime())
      expect(v.end?.getTime()).toBe(parseIsoWithOffset(event.end).getTime())
      const address = event.place?.address ?? (event.organisation && !event.onlineUrl ? organisations.get(event.organisation)?.address : null)
      if (address) expect(text(v.location)).toContain(address.postcode)
      expect(v.status).toBe(event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED')
      expect(Boolean(v.rrule)).toBe(Boolean(event.recurrence))
    }
  })

  it('expands every weekly buurtmaaltijd like the site does: same local times, exceptions left out', () => {
    const window = within(today, 28)
    let exceptionsSeen = 0
    for (const meal of weeklyMeals) {
      const v = vevents.find((e) => e.uid === uid(meal))!
      const theirs = ical.expandRecurringEvent(v, { from: window.from, to: new Date(window.to.getTime() - 1) }).map((i) => i.start)
      const ours = expandOccurrences(meal, window).map((o) => parseIsoWithOffset(o.start))
      expect(
        theirs.map((d) => d.toISOString()),
        meal.title,
      ).toEqual(ours.map((d) => d.toISOString()))
      const wall = amsterdamWallTime(parseIsoWithOffset(meal.start))
      const clock = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`
      expect(new Set(theirs.map(localTime))).toEqual(new Set([clock]))
      const days = new Set(theirs.map((d) => amsterdamDateKey(d)))
      for (const skipped of meal.recurrence!.exceptions.filter((d) => d >= todayKey && d < amsterdamDateKey(window.to))) {
        expect(days.has(skipped), `${meal.title} skips ${skipped}`).toBe(false)
        exceptionsSeen++
      }
    }
    expect(exceptionsSeen).toBeGreaterThan(0)
  })

  it.each([...new Set(snapshot.events.map((e) => e.category))])('the %s feed has only and all of that category', (category) => {
    const feed = ical.sync.parseICS(readBuilt(`/agenda/categorie/${category}.ics`))
    const uids = Object.values(feed)
      .filter((c): c is VEvent => c?.type === 'VEVENT')
      .map((e) => e.uid)
    expect(sorted(uids)).toEqual(sorted(snapshot.events.filter((e) => e.category === category && inFeed(e)).map(uid)))
  })
})

describe('agenda helpers on made-up events', () => {
  const base = snapshot.events.find((e) => e.recurrence && e.place?.address)!
  const feedOf = (events: SnapshotEvent[]) =>
    Object.values(ical.sync.parseICS(agendaCalendar({ wijk: snapshot.wijk, events, hosts: new Map(), site, name: 'Test', pagePath: '/agenda/', now }))).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    )

  it('marks a cancelled event in JSON-LD and in the feed', () => {
    const cancelled: SnapshotEvent = { ...base, status: 'cancelled' }
    const [ld] = eventJsonLd(cancelled, [{ start: base.start, end: base.end }], eventPlace(cancelled, null), null, site)
    expect(ld?.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(feedOf([cancelled])[0]?.status).toBe('CANCELLED')
  })

  it('writes UNTIL in UTC and EXDATE at the local start time, across the change to summer time', () => {
    const event: SnapshotEvent = {
      ...base,
      id: 'dst',
      start: '2026-03-23T18:00:00+01:00',
      end: '2026-03-23T20:00:00+01:00',
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260413', exceptions: ['2026-04-06'] },
    }
    expect(recurrenceLines(event)).toBe('RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260413T215959Z\r\nEXDATE;TZID=Europe/Amsterdam:20260406T180000')
    const [v] = feedOf([event])
    const window = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-06-01T00:00:00Z') }
    const theirs = ical.expandRecurringEvent(v!, window).map((i) => i.start.toISOString())
    expect(theirs).toEqual(['2026-03-23T17:00:00.000Z', '2026-03-30T16:00:00.000Z', '2026-04-13T16:00:00.000Z'])
    expect(expandOccurrences(event, window).map((o) => parseIsoWithOffset(o.start).toISOString())).toEqual(theirs)
  })

  it('keeps only safe markup in a description', () => {
    const html =
      '<p onclick="x()">Hoi <script>alert(1)</script><a href="javascript:alert(1)">x</a> <a href="https://a.nl/?a=1&amp;b=2">y</a></p>' +
      '<h2>Kop</h2><img src=x onerror=alert(1)><p>1 < 2 <!-- c --></p><ul><li>een<li>twee</ul>'
    expect(sanitizeEventHtml(html)).toBe(
      '<p>Hoi <a>x</a> <a href="https://a.nl/?a=1&amp;b=2" rel="noopener nofollow">y</a></p><h3>Kop</h3><p>1 &lt; 2 </p><ul><li>een<li>twee</li></li></ul>',
    )
  })
})
