import { escapeHtml } from '@wijk/shared/html'

/** What a public endpoint answers: JSON for scripts, a redirect or a small Dutch page for a plain form. */
export type PublicAnswer = { status: number; message: string; errors?: Record<string, string> }

const NO_STORE = { 'cache-control': 'no-store' }

export const jsonAnswer = ({ status, message, errors }: PublicAnswer, headers: Record<string, string> = {}): Response =>
  Response.json({ ok: status < 400, message, ...(errors ? { errors } : {}) }, { status, headers: { ...NO_STORE, ...headers } })

export const redirectAnswer = (location: string): Response => new Response(null, { status: 303, headers: { ...NO_STORE, location } })

/**
 * A page a resident sees when the form was not accepted: what to fix and a way back. No scripts,
 * no outside resources; `backUrl` is already checked to be a wijk site or the CMS.
 */
export const htmlAnswer = ({ status, message, errors }: PublicAnswer, backUrl: string | null, headers: Record<string, string> = {}): Response => {
  const items = Object.values(errors ?? {}).map((text) => `<li>${escapeHtml(text)}</li>`)
  const title = status < 400 ? 'Bedankt' : 'Dat ging niet goed'
  const back = backUrl ? `<p><a href="${escapeHtml(backUrl)}">Ga terug</a></p>` : '<p>Ga terug naar het formulier met de terugknop van je browser.</p>'
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.5;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0645ad}</style></head>
<body><main><h1>${title}</h1><p>${escapeHtml(message)}</p>${items.length ? `<ul>${items.join('')}</ul>` : ''}${back}</main></body></html>`
  return new Response(html, {
    status,
    headers: {
      ...NO_STORE,
      ...headers,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  })
}
