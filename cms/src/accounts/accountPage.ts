import { escapeHtml } from '@wijk/shared/html'

/**
 * Large, plain and readable without the wijk site's styles: residents of every age open these pages
 * from a mail on their phone. Form fields have a 3:1 border; the button is at least 48 px high.
 */
const STYLE = [
  'body{font-family:system-ui,sans-serif;font-size:1.2rem;line-height:1.5;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}',
  'a{color:#0645ad}',
  'label{display:block;font-weight:bold;margin-top:1.25rem}',
  'input{display:block;box-sizing:border-box;width:100%;font-size:1.2rem;padding:.6rem .75rem;margin-top:.35rem;border:2px solid #595959;border-radius:.5rem}',
  'input[readonly]{background:#f2f2f2}',
  '.uitleg{margin-top:.35rem;font-size:1.05rem;color:#404040}',
  'button{margin-top:1.5rem;min-height:3rem;padding:.75rem 1.75rem;font-size:1.25rem;font-weight:bold;color:#fff;background:#1f4e79;border:0;border-radius:999px;cursor:pointer}',
  'button:focus-visible,input:focus-visible{outline:3px solid #b45309;outline-offset:2px}',
].join('')

/**
 * A small page of the CMS itself, for the links in account mails. No scripts and no outside resources;
 * a form may only post back to the CMS. `same-origin` keeps the token in the address out of other
 * sites' logs but lets the form's post carry its Origin (the public endpoint checks it).
 *
 * `formTargets`: where a form's answer may send the browser on to. Browsers apply `form-action` to the
 * redirects after a form post too (Chromium blocks the whole submission), so a form whose endpoint
 * answers with a 303 to the wijk's site must name that site here.
 */
export const accountPage = (status: number, title: string, body: string, extraStyle = '', formTargets: string[] = []): Response =>
  new Response(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}${extraStyle}</style></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'same-origin',
        'x-robots-tag': 'noindex',
        'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action ${["'self'", ...formTargets].join(' ')}; base-uri 'none'; frame-ancestors 'none'`,
      },
    },
  )
