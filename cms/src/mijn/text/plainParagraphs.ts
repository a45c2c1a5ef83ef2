import { richText } from '../../seed/richText'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const textOf = (node: LexicalNode): string =>
  node.type === 'linebreak' ? '\n' : typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(node.type === 'list' ? '\n' : '')

/**
 * A stored rich text as plain paragraphs separated by a blank line: what a simple textarea shows
 * (line breaks and list items stay on their own line; formatting the redactie added is not kept).
 */
export const plainTextOf = (value: unknown): string =>
  ((value as { root?: LexicalNode } | null | undefined)?.root?.children ?? [])
    .map(textOf)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .join('\n\n')

/**
 * A person types plain text in a large field; the site stores Lexical rich text. A blank line starts
 * a new paragraph; a single line break stays a line break.
 */
export const richTextOf = (text: string) => {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  const state = richText(paragraphs.length ? paragraphs : [''])
  state.root.children.forEach((paragraph, index) => {
    const lines = (paragraphs[index] ?? '').split('\n')
    paragraph.children = lines.flatMap((line, i) => [
      ...(i > 0 ? [{ type: 'linebreak', version: 1 } as never] : []),
      { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: line, version: 1 },
    ])
  })
  return state
}
