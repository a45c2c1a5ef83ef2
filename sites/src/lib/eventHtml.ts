/**
 * Allow-list sanitiser for the rich text of an event (descriptionHtml from the CMS). Only simple
 * text markup survives; every attribute except a safe link target is dropped, script-like elements
 * are removed with their content, and stray "<" or ">" in text are escaped. Headings are moved below
 * the page's own h2 ("Meer informatie") so the outline stays in order.
 */

const KEEP = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'a', 'h3', 'h4', 'hr'])
const RENAME: Record<string, string> = { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h4', h5: 'h4', h6: 'h4' }
const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'textarea', 'select'])
const VOID = new Set(['br', 'hr'])

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^<>"']|"[^"]*"|'[^']*')*)>/g
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i

const escapeText = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const decodeEntities = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** http(s), mailto and tel links, or a path on this site; anything else (javascript:, data:) is dropped. */
function safeHref(raw: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const href = decodeEntities(raw).replace(/[\u0000-\u0020\u007f]/g, '')
  if (href.startsWith('/') && !href.startsWith('//')) return href
  try {
    const url = new URL(href)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.toString() : null
  } catch {
    return null
  }
}

export function sanitizeEventHtml(html: string): string {
  let out = ''
  let last = 0
  let dropping: { tag: string; depth: number } | null = null
  const open: string[] = []
  for (const m of html.matchAll(TOKEN)) {
    const text = html.slice(last, m.index)
    last = m.index + m[0].length
    if (!dropping) out += escapeText(text)
    const [, slash, rawName, attrs = ''] = m
    if (!rawName) continue // a comment
    const name = rawName.toLowerCase()
    const closing = slash === '/'
    if (dropping) {
      if (name === dropping.tag) dropping.depth += closing ? -1 : 1
      if (dropping.depth === 0) dropping = null
      continue
    }
    if (DROP_WITH_CONTENT.has(name)) {
      if (!closing && !/\/\s*$/.test(attrs)) dropping = { tag: name, depth: 1 }
      continue
    }
    const tag = RENAME[name] ?? name
    if (!KEEP.has(tag)) continue
    if (closing) {
      const at = open.lastIndexOf(tag)
      if (at === -1) continue
      // Close anything left open inside it, so the output is always well nested.
      for (const inner of open.splice(at).reverse()) out += `</${inner}>`
      continue
    }
    if (VOID.has(tag)) {
      out += `<${tag}>`
      continue
    }
    let attributes = ''
    if (tag === 'a') {
      const hm = HREF.exec(attrs)
      const href = hm ? safeHref(hm[1] ?? hm[2] ?? hm[3] ?? '') : null
      if (href) attributes = ` href="${escapeAttr(href)}"${/^https?:/.test(href) ? ' rel="noopener nofollow"' : ''}`
    }
    open.push(tag)
    out += `<${tag}${attributes}>`
  }
  if (!dropping) out += escapeText(html.slice(last))
  for (const inner of open.reverse()) out += `</${inner}>`
  return out
}
