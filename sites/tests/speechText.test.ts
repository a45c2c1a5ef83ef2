import { describe, expect, it } from 'vitest'

import { MAX_SPEECH_LENGTH, splitForSpeech } from '../src/lib/speechText'
import { snapshot } from './helpers/builtSite'

/** The text of every paragraph of the demo's articles, as a resident would read it. */
const paragraphs = snapshot.articles.flatMap((a) => [...a.bodyHtml.matchAll(/<p>(.*?)<\/p>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, '')))
const longText = paragraphs.join(' ')

describe('splitForSpeech', () => {
  it('keeps short text as one piece, with whitespace collapsed', () => {
    expect(splitForSpeech('  Welkom in\n  Delfshaven  ')).toEqual(['Welkom in Delfshaven'])
    expect(splitForSpeech(' \n ')).toEqual([])
  })

  it('cuts long text into pieces within the limit that together are the whole text', () => {
    expect(longText.length).toBeGreaterThan(MAX_SPEECH_LENGTH * 5)
    const pieces = splitForSpeech(longText)
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SPEECH_LENGTH)
    expect(pieces.join(' ')).toBe(longText.replace(/\s+/g, ' ').trim())
  })

  it('cuts at the end of a sentence when the sentences fit', () => {
    const sentences = longText.split(/(?<=[.!?])\s+/)
    expect(sentences.every((s) => s.length <= MAX_SPEECH_LENGTH)).toBe(true)
    const pieces = splitForSpeech(longText)
    // Every piece but the last ends where a sentence ends, and no sentence is cut in two.
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[.!?]$/)
    expect(pieces.length).toBeLessThan(sentences.length)
  })

  it('cuts a sentence that is too long at a comma, then between words, never inside a word', () => {
    const clause = paragraphs[0]!
      .replace(/[.!?,]/g, '')
      .split(/\s+/)
      .reduce((acc, word) => (acc.length + word.length < 120 ? `${acc} ${word}` : acc), '')
      .trim()
    const sentence = `${clause}, ${clause}, ${clause}.`
    const pieces = splitForSpeech(sentence, 150)
    expect(pieces.join(' ')).toBe(sentence)
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(150)
    expect(pieces[0]).toMatch(/,$/)
    const words = new Set(clause.split(' '))
    for (const piece of splitForSpeech(clause, 30)) for (const word of piece.split(' ')) expect(words).toContain(word)
  })
})
