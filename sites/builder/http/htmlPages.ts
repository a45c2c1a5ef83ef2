import type { WijkStatus } from '../wijkStatus.ts'

import { escapeHtml as escape } from '@wijk/shared/html'

const page = (title: string, body: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ccc;vertical-align:top}
.failed{color:#a00}</style></head><body>${body}</body></html>
`

/** Where a wijk's preview lives on this builder. */
export const previewUrl = (wijk: string, port: number) => `http://${wijk}.localhost:${port}/`

const STATE_LABELS: Record<WijkStatus['state'], string> = { idle: 'klaar', queued: 'in de wachtrij', building: 'wordt gebouwd', failed: 'mislukt' }

/** The builder's own address, for authorised callers: which wijken this builder serves. */
export const wijkListPage = (wijken: { slug: string; name: string; live: boolean }[], port: number) =>
  page(
    'Wijksites',
    `<h1>Wijksites op deze bouwserver</h1>
${wijken.length ? '<p>Kies een wijk:</p>' : '<p>Er zijn nog geen wijken gebouwd.</p>'}
<ul>${wijken.map((w) => `<li><a href="${previewUrl(w.slug, port)}">${escape(w.name)}</a>${w.live ? '' : ' (nog niet gebouwd)'}</li>`).join('')}</ul>
<p><a href="/status">Bouwstatus</a></p>`,
  )

/** A host that is none of our wijken (or a caller who may not see the builder's own pages): names nothing. */
export const unknownSitePage = () => page('Niet gevonden', '<h1>Niet gevonden</h1><p>Op dit adres staat geen wijksite.</p>')

/**
 * A known wijk without a live release: its first build is running, or it `failed`. Visitors see no
 * error text (it may name the CMS's address); operators read it on /status.
 */
export const notBuiltYetPage = (wijk: string, failed: boolean) =>
  page(
    'Nog niet klaar',
    failed
      ? `<h1>De site van ${escape(wijk)} kon nog niet worden gebouwd</h1><p>Probeer het later opnieuw.</p>`
      : `<h1>De site van ${escape(wijk)} wordt nog gebouwd</h1><p>Probeer het over een halve minuut opnieuw.</p>`,
  )

const AMSTERDAM_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})
const DUTCH_SECONDS = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 })

/** "23 nov, 16:47:53": people read local time, not an ISO instant in UTC. */
const when = (iso: string) => escape(AMSTERDAM_TIME.format(new Date(iso)))

const cells = (slug: string, status: WijkStatus, port: number) =>
  [
    `<a href="${previewUrl(escape(slug), port)}">${escape(slug)}</a>`,
    `<span class="${status.state}">${STATE_LABELS[status.state]}</span>${status.pending ? ' (daarna nog een keer)' : ''}${status.searchPending ? '<br>zoekfunctie volgt' : ''}`,
    escape(status.current ?? '—'),
    status.lastSuccess
      ? `${when(status.lastSuccess.at)}<br>${status.lastSuccess.pages} pagina's in ${DUTCH_SECONDS.format(status.lastSuccess.seconds)} s`
      : '—',
    status.lastError ? `${when(status.lastError.at)}<br>${escape(status.lastError.message)}` : '—',
  ]
    .map((cell) => `<td>${cell}</td>`)
    .join('')

/** /status for people: the same facts as the JSON. */
export const statusPage = (wijken: Record<string, WijkStatus>, port: number) =>
  page(
    'Bouwstatus',
    `<h1>Bouwstatus</h1>
<table><thead><tr><th>Wijk</th><th>Status</th><th>Live versie</th><th>Laatst gelukt</th><th>Laatste fout</th></tr></thead>
<tbody>${Object.entries(wijken)
      .map(([slug, status]) => `<tr>${cells(slug, status, port)}</tr>`)
      .join('\n')}</tbody></table>`,
  )
