const format = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' })
const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** As the site writes a date: 7 december 2026. */
export const formatDate = (value: string | Date) => format.format(new Date(value))

/** "14:32", Amsterdam time. */
export const formatClock = (value: string | Date) => clock.format(new Date(value))
