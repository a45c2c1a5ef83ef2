import { richText } from '../../seed/richText'

type Node = { type?: string; text?: string; children?: Node[] }
type RichText = { root?: Node } | null | undefined

const textOf = (node: Node): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(node.type === 'list' ? '\n' : ''))

/** A rich text as plain paragraphs separated by a blank line: what a simple textarea shows. */
export const plainTextOf = (value: RichText): string =>
  (value?.root?.children ?? [])
    .map(textOf)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .join('\n\n')

/** A textarea's text as rich text: a blank line starts a new paragraph, a single line break stays a space. */
export const richTextOf = (text: string) =>
  richText(
    text
      .replace(/\r\n?/g, '\n')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean),
  )
