import { escapeHtml } from '@wijk/shared/html'

import type { Wijken } from '../../payload-types'
import { readableOnWhite, safeColour } from '../ui/wijkTheme'

export type MijnAnswer = {
  status: number
  title: string
  message: string
  /** What to fix, one line each (schema messages: our own Dutch words, never the visitor's input). */
  items?: string[]
  /** Where "Ga terug" leads (a path of Mijn buurt). */
  back?: { href: string; label: string }
  headers?: Record<string, string>
}

/**
 * A small Dutch page for a form that was not accepted (or a page that cannot be shown): what happened,
 * what to do, a way back. No scripts and no outside resources; in the wijk's colour when known.
 */
export const mijnAnswerPage = (
  { status, title, message, items = [], back, headers = {} }: MijnAnswer,
  wijk?: Pick<Wijken, 'name' | 'colors'> | null,
): Response => {
  const primary = readableOnWhite(safeColour(wijk?.colors?.primary, '#A63D2A'))
  const list = items.length ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : ''
  const backLink = back
    ? `<p><a class="knop" href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>`
    : '<p>Ga terug met de terugknop van je browser.</p>'
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}${wijk ? ` · ${escapeHtml(wijk.name)}` : ''}</title>
<style>
body{margin:0;font-family:'Atkinson Hyperlegible','Segoe UI',system-ui,sans-serif;font-size:1.25rem;line-height:1.55;background:#fffaf3;color:#1f1a17;overflow-wrap:anywhere}
header{background:${primary};color:#fff;padding:1rem}header p{margin:0;font-weight:700;font-size:1.5rem;max-width:40rem;margin-inline:auto}
main{max-width:40rem;margin:2rem auto;padding:0 1rem}h1{font-size:2rem;line-height:1.2}
a{color:#1f1a17;text-decoration-thickness:2px}.knop{display:inline-block;min-height:3rem;padding:.75rem 1.5rem;border-radius:999px;background:${primary};color:#fff;font-weight:700;text-decoration:none}
a:focus-visible{outline:3px solid #1f1a17;outline-offset:3px;box-shadow:0 0 0 9px #fff}
</style></head>
<body>${wijk ? `<header><p>${escapeHtml(wijk.name)}</p></header>` : ''}<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${list}${backLink}</main></body></html>`
  return new Response(html, {
    status,
    headers: {
      'cache-control': 'no-store',
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
      'referrer-policy': 'same-origin',
      'x-robots-tag': 'noindex',
      ...headers,
    },
  })
}

/** 303 to a page of Mijn buurt (a path: never a URL a visitor typed). */
export const seeOther = (path: string, headers: Record<string, string | string[]> = {}): Response => {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`seeOther takes a path, got ${path}`)
  const response = new Response(null, { status: 303, headers: { 'cache-control': 'no-store', location: path } })
  for (const [name, value] of Object.entries(headers)) for (const one of [value].flat()) response.headers.append(name, one)
  return response
}
