import { richText } from '../../seed/richText'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/**
 * A resident types plain text in a large field; the buurtkrant stores Lexical rich text. A blank line
 * starts a new paragraph; a single line break stays a line break.
 */
export const plainToRichText = (text: string) => {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
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

const textOf = (node: LexicalNode): string =>
  node.type === 'linebreak' ? '\n' : typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('')

/** The words of a stored body, paragraphs separated by a blank line (formatting the redactie added is not kept in the form). */
export const richTextToPlain = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children) return ''
  return root.children
    .map(textOf)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n')
}
