import { describe, expect, it } from 'vitest'
import { describeRecurrence, validateRecurrenceRule } from '../src/recurrence'

describe('validateRecurrenceRule', () => {
  it.each([
    'FREQ=WEEKLY;BYDAY=TU',
    'RRULE:FREQ=WEEKLY;BYDAY=TU',
    'freq=weekly;byday=tu',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20270101T000000Z',
    'FREQ=MONTHLY;BYDAY=1TH',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6',
    'FREQ=DAILY;UNTIL=20261231',
    'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=27',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    'FREQ=MONTHLY;BYMONTHDAY=31',
    'FREQ=YEARLY;BYMONTH=2,3;BYMONTHDAY=30,31',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=MO',
  ])('accepts %s', (rule) => {
    expect(validateRecurrenceRule(rule)).toBeNull()
  })

  it.each([
    ['BYDAY=TU', 'Ongeldige herhaalregel: FREQ ontbreekt (bijvoorbeeld FREQ=WEEKLY;BYDAY=TU)'],
    ['  ', 'Ongeldige herhaalregel: de regel is leeg (bijvoorbeeld FREQ=WEEKLY;BYDAY=TU)'],
    ['DTSTART:20260101T180000Z\nRRULE:FREQ=WEEKLY', 'Ongeldige herhaalregel: laat DTSTART weg, de begintijd komt uit het evenement'],
    ['FREQ=WEEKLY;DTSTART=20260101T180000Z', 'Ongeldige herhaalregel: laat DTSTART weg, de begintijd komt uit het evenement'],
    ['FREQ=HOURLY', 'Ongeldige herhaalregel: FREQ=HOURLY is te fijnmazig voor een agenda; gebruik DAILY, WEEKLY, MONTHLY of YEARLY'],
    ['FREQ=MINUTELY;INTERVAL=30', 'Ongeldige herhaalregel: FREQ=MINUTELY is te fijnmazig voor een agenda; gebruik DAILY, WEEKLY, MONTHLY of YEARLY'],
    ['FREQ=SECONDLY', 'Ongeldige herhaalregel: FREQ=SECONDLY is te fijnmazig voor een agenda; gebruik DAILY, WEEKLY, MONTHLY of YEARLY'],
    ['FREQ=FORTNIGHTLY', 'Ongeldige herhaalregel: onbekende FREQ "FORTNIGHTLY"; gebruik DAILY, WEEKLY, MONTHLY of YEARLY'],
    ['FREQ=WEEKLY;BYDAY=XX', 'Ongeldige herhaalregel: onbekende dag "XX" in BYDAY (gebruik MO, TU, WE, TH, FR, SA of SU)'],
    ['FREQ=WEEKLY;BYDAY=1TH', 'Ongeldige herhaalregel: een rangnummer in BYDAY (zoals 1TH) kan alleen bij FREQ=MONTHLY of FREQ=YEARLY'],
    ['FREQ=WEEKLY;INTERVAL=abc', 'Ongeldige herhaalregel: INTERVAL moet een positief geheel getal zijn'],
    ['FREQ=WEEKLY;INTERVAL=0', 'Ongeldige herhaalregel: INTERVAL moet een positief geheel getal zijn'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20270101', 'Ongeldige herhaalregel: gebruik COUNT of UNTIL, niet allebei'],
    ['FREQ=WEEKLY;UNTIL=2027-01-01', 'Ongeldige herhaalregel: UNTIL moet een datum zijn zoals 20271231 of 20271231T230000Z'],
    ['FREQ=DAILY;BYHOUR=9', 'Ongeldige herhaalregel: BYHOUR wordt niet ondersteund; de tijd komt uit het evenement'],
    ['FREQ=WEEKLY;FOO=1', 'Ongeldige herhaalregel: onbekend onderdeel FOO'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'Ongeldige herhaalregel: FREQ komt meer dan één keer voor'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'Ongeldige herhaalregel: BYMONTHDAY bevat een ongeldige waarde "32"'],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'Ongeldige herhaalregel: deze combinatie van BYMONTH en BYMONTHDAY komt nooit voor'],
    ['FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=-31', 'Ongeldige herhaalregel: deze combinatie van BYMONTH en BYMONTHDAY komt nooit voor'],
    ['FREQ=WEEKLY BYDAY=TU', 'Ongeldige herhaalregel: "FREQ=WEEKLY BYDAY=TU" heeft niet de vorm NAAM=WAARDE (bijvoorbeeld FREQ=WEEKLY;BYDAY=TU)'],
  ])('rejects %j with a Dutch message', (rule, message) => {
    expect(validateRecurrenceRule(rule)).toBe(message)
  })
})

describe('describeRecurrence', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=TU', 'Elke dinsdag'],
    ['RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270101T000000Z', 'Elke dinsdag'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20270101T000000Z', 'Elke twee weken op woensdag'],
    ['FREQ=MONTHLY;BYDAY=1TH', 'Elke eerste donderdag van de maand'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'Elke laatste vrijdag van de maand'],
    ['FREQ=MONTHLY;INTERVAL=3;BYDAY=2SA', 'Elke drie maanden op de tweede zaterdag'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', 'Elke maand op de 15e'],
    ['FREQ=DAILY', 'Elke dag'],
    ['FREQ=DAILY;INTERVAL=2', 'Elke twee dagen'],
    ['FREQ=WEEKLY;BYDAY=MO,TH', 'Elke maandag en donderdag'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'Elke maandag, woensdag en vrijdag'],
    ['FREQ=WEEKLY', 'Elke week'],
    ['FREQ=YEARLY', 'Elk jaar'],
    ['FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1', 'Terugkerend'],
    ['FREQ=YEARLY;BYMONTH=4', 'Terugkerend'],
    ['FREQ=HOURLY', 'Terugkerend'],
    ['nonsense', 'Terugkerend'],
  ])('describes %s as %j', (rule, text) => {
    expect(describeRecurrence(rule)).toBe(text)
  })
})
