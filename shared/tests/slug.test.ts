import { describe, expect, it } from 'vitest'
import { slugify } from '../src/slug'

describe('slugify', () => {
  it.each([
    ['Buurtmaaltijd in de Wijk', 'buurtmaaltijd-in-de-wijk'],
    ["'t Huis", 't-huis'],
    ['Café ’t Hoekje', 'cafe-t-hoekje'],
    ['Kunst & Cultuur', 'kunst-en-cultuur'],
    ['Kunst&Cultuur', 'kunst-en-cultuur'],
    ['Zo’n mooie dag', 'zon-mooie-dag'],
    ['Crème brûlée à la carte', 'creme-brulee-a-la-carte'],
    ['Straße Øresund', 'strasse-oresund'],
    ['ĳsbaan', 'ijsbaan'],
    ['  --Hallo,   wereld!!--  ', 'hallo-wereld'],
    ['Wijk 2026: plan/budget (v2)', 'wijk-2026-plan-budget-v2'],
    ['', ''],
    ['!!!', ''],
    ['🎉', ''],
  ])('%j → %j', (input, slug) => {
    expect(slugify(input)).toBe(slug)
  })

  it('caps the length at 80 without a trailing dash', () => {
    const long = slugify(`${'a'.repeat(79)} b c`)
    expect(long).toBe('a'.repeat(79))
    const words = slugify('buurt '.repeat(30))
    expect(words.length).toBeLessThanOrEqual(80)
    expect(words).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(slugify('x'.repeat(200))).toHaveLength(80)
  })
})
