import { describe, expect, it } from 'vitest'

import { plainTextOf, richTextOf } from '../../../src/mijn/text/plainParagraphs'

/** The text of every Mijn buurt textarea (buurtkrant, activity, organisation) as rich text and back. */
describe('plain paragraphs', () => {
  it('a blank line starts a paragraph, a single line break stays one, and the text comes back as typed', () => {
    const typed = 'Eerste alinea.\r\n\r\n\r\nTweede alinea,\r\nmet een nieuwe regel.\n'
    const stored = richTextOf(typed)
    expect(stored.root.children.map((paragraph) => paragraph.children.map((node) => node.type))).toEqual([['text'], ['text', 'linebreak', 'text']])
    expect(plainTextOf(stored)).toBe('Eerste alinea.\n\nTweede alinea,\nmet een nieuwe regel.')
  })

  it("reads the redactie's lists one item a line, and nothing from what is no rich text", () => {
    const list = { type: 'list', children: ['Koffie', 'Soep'].map((text) => ({ type: 'listitem', children: [{ type: 'text', text }] })) }
    expect(plainTextOf({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Wij bieden:' }] }, list] } })).toBe(
      'Wij bieden:\n\nKoffie\nSoep',
    )
    expect(plainTextOf(null)).toBe('')
    expect(plainTextOf('tekst')).toBe('')
  })
})
