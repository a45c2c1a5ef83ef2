import { escapeHtml } from '@wijk/shared/html'

import { type Digest, weekRange } from './digestContent'

/** Black or white, whichever reads better on the wijk's colour (WCAG relative luminance). */
const textColourOn = (hex: string): string => {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000'
}

const FONT = 'font-family:Arial,Helvetica,sans-serif'
const e = escapeHtml

const row = (content: string, style = '') => `<tr><td style="padding:0 24px;${style}">${content}</td></tr>`

/**
 * The digest as e-mail HTML: one centred table, inline styles only, large text, the wijk's colour
 * on the heading band, no images, so it reads well in every mail program and on a small phone.
 * Mailchimp fills in the merge tags (unsubscribe, preferences, the audience's postal address).
 */
export const digestHtml = (digest: Digest): string => {
  const { wijk } = digest
  const onColour = textColourOn(wijk.colour)
  const link = (url: string, label: string) => `<a href="${e(url)}" style="color:${e(wijk.colour)};text-decoration:underline">${e(label)}</a>`

  const days = digest.days.length
    ? digest.days
        .map(
          (day) =>
            row(`<h2 style="${FONT};font-size:22px;line-height:1.3;margin:28px 0 8px;color:#1a1a1a">${e(day.label)}</h2>`) +
            day.items
              .map((item) =>
                row(
                  `<p style="${FONT};font-size:18px;line-height:1.5;margin:0 0 14px;color:#1a1a1a">` +
                    `<strong>${e(item.time)}</strong><br>` +
                    `${link(item.url, item.title)}${item.cancelled ? ' <strong style="color:#b00020">(gaat niet door)</strong>' : ''}` +
                    (item.place ? `<br><span style="color:#444444">${e(item.place)}</span>` : '') +
                    `</p>`,
                ),
              )
              .join(''),
        )
        .join('')
    : row(`<p style="${FONT};font-size:18px;line-height:1.5;margin:16px 0">Deze week staan er nog geen activiteiten in de agenda.</p>`)

  const articles = digest.articles.length
    ? row(`<h2 style="${FONT};font-size:24px;line-height:1.3;margin:36px 0 8px;color:#1a1a1a">Uit de buurtkrant</h2>`) +
      digest.articles
        .map((article) =>
          row(
            `<p style="${FONT};font-size:18px;line-height:1.5;margin:0 0 16px;color:#1a1a1a">` +
              `<strong>${link(article.url, article.title)}</strong>` +
              (article.lead ? `<br>${e(article.lead)}` : '') +
              `</p>`,
          ),
        )
        .join('') +
      row(`<p style="${FONT};font-size:18px;margin:0 0 8px">${link(digest.articlesUrl, 'Alle verhalen uit de buurtkrant')}</p>`)
    : ''

  const contact = wijk.email ? ` Vragen? Mail naar ${link(`mailto:${wijk.email}`, wijk.email)}.` : ''

  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(digest.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<span style="display:none;max-height:0;overflow:hidden">${e(digest.previewText)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f4"><tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff">
<tr><td style="background:${e(wijk.colour)};padding:24px">
<h1 style="${FONT};font-size:28px;line-height:1.25;margin:0;color:${onColour}">${e(digest.subject)}</h1>
<p style="${FONT};font-size:18px;margin:8px 0 0;color:${onColour}">${e(weekRange(digest.week))}</p>
</td></tr>
${row(`<p style="${FONT};font-size:18px;line-height:1.5;margin:20px 0 0;color:#1a1a1a">Dit is er te doen in ${e(wijk.name)}. Klik op een activiteit voor meer informatie.</p>`)}
${days}
${row(`<p style="${FONT};font-size:18px;margin:12px 0 0">${link(digest.agendaUrl, 'De hele agenda')}</p>`)}
${articles}
<tr><td style="padding:28px 24px 24px">
<p style="${FONT};font-size:15px;line-height:1.5;margin:0;color:#444444">Je krijgt deze mail omdat je je hebt aangemeld voor de nieuwsbrief van ${link(wijk.siteUrl, wijk.name)}.${contact}</p>
<p style="${FONT};font-size:15px;line-height:1.5;margin:8px 0 0;color:#444444"><a href="*|UNSUB|*" style="color:#444444">Afmelden</a> · <a href="*|UPDATE_PROFILE|*" style="color:#444444">Je gegevens aanpassen</a></p>
<p style="${FONT};font-size:13px;line-height:1.5;margin:8px 0 0;color:#666666">*|LIST:ADDRESSLINE|*</p>
</td></tr>
</table>
</td></tr></table>
</body></html>
`
}
