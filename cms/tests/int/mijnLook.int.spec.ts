/** Mijn buurt's pure parts: the states in words (the contract of issue 16) and the wijk's colour made readable. */
import { describe, expect, it } from 'vitest'

import { draftState, editorialState, stateInWords } from '../../src/mijn/overview/stateInWords'
import { contrast, readableOnWhite, safeColour, wijkThemeCss } from '../../src/mijn/ui/wijkTheme'

describe('states in words', () => {
  it('says each state as the contract words it', () => {
    expect(stateInWords('draft')).toBe('concept (nog niet ingediend)')
    expect(stateInWords('submitted')).toBe('wacht op de redactie')
    expect(stateInWords('changes-requested', { editorComment: ' Wil je een foto toevoegen? ' })).toBe('de redactie vraagt: Wil je een foto toevoegen?')
    expect(stateInWords('published')).toBe('staat op de site')
    expect(stateInWords('rejected', { rejectionReason: 'Dit is reclame.' })).toBe('niet geplaatst: Dit is reclame.')
    expect(stateInWords('withdrawn')).toBe('ingetrokken')
  })

  it('reads a Payload draft: published, waiting once submitted, otherwise a draft; unknown statuses are drafts', () => {
    expect(draftState({ _status: 'published' })).toBe('published')
    expect(draftState({ _status: 'draft', submittedAt: '2026-12-01T10:00:00Z' })).toBe('submitted')
    expect(draftState({ _status: 'draft' })).toBe('draft')
    expect(editorialState('iets-anders')).toBe('draft')
    expect(editorialState('changes-requested')).toBe('changes-requested')
  })
})

describe("the wijk's colour", () => {
  it('is darkened until white text on it reads at 4.5:1, whatever the redactie picked', () => {
    for (const colour of ['#A63D2A', '#F2B134', '#FFFFFF', '#00FF00', '#3366FF', '#777777']) {
      expect(contrast(readableOnWhite(colour), '#ffffff'), colour).toBeGreaterThanOrEqual(4.5)
    }
    // A dark colour stays as it is.
    expect(readableOnWhite('#1f4e79')).toBe('#1f4e79')
  })

  it('only lets #RRGGBB into the CSS', () => {
    expect(safeColour('red;}body{display:none', '#A63D2A')).toBe('#A63D2A')
    expect(wijkThemeCss({ colors: { primary: '</style><script>', accent: null } })).toBe(':root{--wijk-primary:#A63D2A;--wijk-accent:#F2B134}')
  })
})
