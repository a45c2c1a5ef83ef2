import { type Digest, weekRange } from './digestContent'

/** The plain-text part of the digest, for mail programs (and readers) that do not show HTML. */
export const digestText = (digest: Digest): string => {
  const lines = [digest.subject.toUpperCase(), weekRange(digest.week), '', `Dit is er te doen in ${digest.wijk.name}.`, '']
  if (digest.days.length === 0) lines.push('Deze week staan er nog geen activiteiten in de agenda.', '')
  for (const day of digest.days) {
    lines.push(day.label.toUpperCase(), '')
    for (const item of day.items) {
      lines.push(`${item.time}  ${item.title}${item.cancelled ? ' (gaat niet door)' : ''}`)
      if (item.place) lines.push(item.place)
      lines.push(item.url, '')
    }
  }
  lines.push(`De hele agenda: ${digest.agendaUrl}`, '')
  if (digest.articles.length) {
    lines.push('UIT DE BUURTKRANT', '')
    for (const article of digest.articles) lines.push(article.title, ...(article.lead ? [article.lead] : []), article.url, '')
    lines.push(`Alle verhalen: ${digest.articlesUrl}`, '')
  }
  lines.push('---', `Je krijgt deze mail omdat je je hebt aangemeld voor de nieuwsbrief van ${digest.wijk.name} (${digest.wijk.siteUrl}).`)
  if (digest.wijk.email) lines.push(`Vragen? Mail naar ${digest.wijk.email}.`)
  lines.push('Afmelden: *|UNSUB|*', '*|LIST:ADDRESSLINE|*')
  return lines.join('\n')
}
