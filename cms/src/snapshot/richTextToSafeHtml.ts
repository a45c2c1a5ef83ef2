import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

/** What a static page may contain from an editor's rich text: structure and links, nothing executable. */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'u', 'blockquote', 'br', 'hr'],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  transformTags: {
    // Editors pick "h1" out of habit; the page title is the only h1 on a site page.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
  },
}

export const sanitizeRichHtml = (html: string): string => sanitizeHtml(html, POLICY).trim()

export const richTextToSafeHtml = (value: unknown): string => {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const html = convertLexicalToHTML({ data: value as SerializedEditorState, disableContainer: true })
  return sanitizeRichHtml(html)
}
