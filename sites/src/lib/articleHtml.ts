/**
 * Allow-list sanitiser for rich text from the snapshot (buurtkrant bodies). The CMS already sanitises,
 * but a site can be built from any snapshot file, so the page never trusts it: the output is rebuilt
 * from allowed tags only, every text is escaped, links keep only a safe href, tags are balanced.
 */

const ALLOWED = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'u', 'blockquote', 'br', 'hr'])
const VOID = new Set(['br', 'hr'])
/** The page title is the only h1. */
const RENAME: Record<string, string> = { h1: 'h2' }
/** Elements whose content is dropped too, not only their tags. */
const DROP_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'textarea',
  'title',
  'svg',
  'math',
  'select',
  'xmp',
  'noembed',
  'noframes',
])

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<[!?][^>]*>/g
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0' }

const decodeEntities = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? match
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })

/** Text keeps valid character references; every other "&", "<" and ">" is escaped. */
const escapeText = (text: string) =>
  text
    .replace(/&(?!(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The decoded href when it is http(s), mailto, tel or relative; null for javascript:, data: and the like. */
export const safeHref = (raw: string): string | null => {
  const decoded = decodeEntities(raw).trim()
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (HAS_SCHEME.test(compact) && !SAFE_SCHEME.test(compact)) return null
  return decoded
}

const linkAttributes = (attributes: string) => {
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    if (match[1]?.toLowerCase() !== 'href') continue
    const href = safeHref(match[2] ?? match[3] ?? match[4] ?? '')
    return href === null ? '' : ` href="${escapeAttribute(href)}" rel="noopener noreferrer"`
  }
  return ''
}

export const sanitizeArticleHtml = (html: string): string => {
  const out: string[] = []
  const open: string[] = []
  let last = 0
  const tokens = new RegExp(TOKEN.source, 'g')
  for (let match = tokens.exec(html); match; match = tokens.exec(html)) {
    out.push(escapeText(html.slice(last, match.index)))
    last = tokens.lastIndex
    const [, slash, rawName, attributes = ''] = match
    if (!rawName) continue // comment, doctype or processing instruction
    const lower = rawName.toLowerCase()
    const name = RENAME[lower] ?? lower
    if (!slash && DROP_CONTENT.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'ig')
      close.lastIndex = last
      last = close.exec(html) ? close.lastIndex : html.length
      tokens.lastIndex = last
      continue
    }
    if (!ALLOWED.has(name)) continue
    if (VOID.has(name)) {
      if (!slash) out.push(`<${name}>`)
    } else if (!slash) {
      open.push(name)
      out.push(`<${name}${name === 'a' ? linkAttributes(attributes) : ''}>`)
    } else if (open.includes(name)) {
      // Close everything opened inside it, so the output stays balanced.
      while (open.length) {
        const top = open.pop() as string
        out.push(`</${top}>`)
        if (top === name) break
      }
    }
  }
  out.push(escapeText(html.slice(last)))
  while (open.length) out.push(`</${open.pop()}>`)
  return out.join('')
}
