import { escapeHtml } from '@wijk/shared/html'

import type { Wijken } from '../../payload-types'
import { readableOnWhite, safeColour } from '../ui/wijkTheme'
import { partnerFormCss } from './formCss'

/**
 * The answer to a form that was not accepted: the same form again, with what was typed and a message
 * at each field, in the wijk's look, with the status the refusal has (400). Nothing was stored.
 */
export const formAnswerPage = ({
  status,
  wijk,
  title,
  intro,
  formHtml,
}: {
  status: number
  wijk: Pick<Wijken, 'name' | 'colors'>
  title: string
  intro: string
  formHtml: string
}) => {
  const primary = readableOnWhite(safeColour(wijk.colors?.primary, '#A63D2A'))
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(wijk.name)}</title>
<style>
:root{--wijk-primary:${primary}}
body{margin:0;font-family:'Atkinson Hyperlegible','Segoe UI',system-ui,sans-serif;font-size:1.25rem;line-height:1.55;background:#fffaf3;color:#1f1a17;overflow-wrap:break-word}
header{background:${primary};color:#fff;padding:1rem}header p{margin:0 auto;font-weight:700;font-size:1.5rem;max-width:42rem}
main{max-width:42rem;margin:2rem auto;padding:0 1rem}h1{font-size:2rem;line-height:1.2;hyphens:auto}
a{color:#1f1a17;text-decoration-thickness:2px}
${partnerFormCss}
</style></head>
<body><header><p>${escapeHtml(wijk.name)}</p></header><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(intro)}</p>${formHtml}
<p><a href="/mijn/">Terug naar Mijn buurt</a></p></main></body></html>`
  return new Response(html, {
    status,
    headers: {
      'cache-control': 'no-store',
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      'referrer-policy': 'same-origin',
      'x-robots-tag': 'noindex',
    },
  })
}
