import { describe, expect, it } from 'vitest'
import {
  COORDINATES_MESSAGE,
  isDutchPhone,
  isDutchPostcode,
  isHttpUrl,
  isInsideNetherlands,
  normalizePostcode,
  PHONE_MESSAGE,
  POSTCODE_MESSAGE,
  URL_MESSAGE,
} from '../src/validation'

describe('postcodes', () => {
  it.each(['3024 AB', '3024AB', '1011 AC', '9999 ZZ', ' 3024 AB '])('accepts %j', (v) => expect(isDutchPostcode(v)).toBe(true))
  it.each(['0123 AB', '3024 ab', '3024  AB', '302 AB', '30245 AB', '3024 A', '3024 SA', '3024 SD', '3024SS', 'AB 3024', ''])('rejects %j', (v) =>
    expect(isDutchPostcode(v)).toBe(false),
  )
  it('still accepts other pairs starting with S', () => expect(isDutchPostcode('3024 SB')).toBe(true))

  it('normalises spacing and case', () => {
    expect(normalizePostcode('3024ab')).toBe('3024 AB')
    expect(normalizePostcode(' 3024  Ab ')).toBe('3024 AB')
    expect(normalizePostcode('not a postcode ')).toBe('not a postcode')
    expect(isDutchPostcode(normalizePostcode('1011ac'))).toBe(true)
  })
})

describe('coordinates', () => {
  it.each([
    [51.9225, 4.47917], // Rotterdam
    [53.2194, 6.5665], // Groningen
    [50.8514, 5.691], // Maastricht
    [50.75, 3.2],
    [53.7, 7.25],
  ])('accepts %d, %d', (lat, lng) => expect(isInsideNetherlands(lat, lng)).toBe(true))
  it.each([
    [4.47917, 51.9225], // swapped
    [48.8566, 2.3522], // Paris
    [51.5072, -0.1276], // London
    [52.52, 13.405], // Berlin
    [50.7499, 5],
    [52, 7.2501],
    [Number.NaN, 5],
  ])('rejects %d, %d', (lat, lng) => expect(isInsideNetherlands(lat, lng)).toBe(false))
  // The box is coarse by design: it cannot tell Brussels from Breda.
  it('accepts points in the box just across the border', () => expect(isInsideNetherlands(50.8503, 4.3517)).toBe(true))
})

describe('URLs', () => {
  const good = ['https://www.rotterdam.nl', 'http://wijk.example.org/agenda?x=1', 'http://localhost:3000/admin', ' https://a.nl ']
  it.each(good)('accepts %j', (v) => expect(isHttpUrl(v)).toBe(true))
  const bad = ['www.rotterdam.nl', 'ftp://files.example.org', 'mailto:info@wijk.nl', 'https://intranet', 'https://.nl']
  it.each([...bad, 'https://a..nl', 'https://wij k.nl', 'javascript:alert(1)', ''])('rejects %j', (v) => expect(isHttpUrl(v)).toBe(false))
})

describe('phone numbers', () => {
  const national = ['010-1234567', '0101234567', '06 12345678', '06-12345678', '(010) 123 45 67', '020 123 4567']
  const international = ['+31 6 12345678', '+31612345678', '0031 6 12345678', '+31 (0)6 12345678']
  it.each([...national, ...international, '0800-1234', '14 010'])('accepts %j', (v) => expect(isDutchPhone(v)).toBe(true))
  const wrong = ['12345678', '06 1234567', '06 123456789', '+31 06 12345678', '+32 2 1234567', '0031 (0) 6']
  it.each([...wrong, 'bel me', '', '010-123456a'])('rejects %j', (v) => expect(isDutchPhone(v)).toBe(false))
})

describe('messages', () => {
  it('are Dutch and give an example', () => {
    expect(POSTCODE_MESSAGE).toBe('Vul een geldige postcode in, bijvoorbeeld 3024 AB.')
    for (const message of [COORDINATES_MESSAGE, URL_MESSAGE, PHONE_MESSAGE]) expect(message).toMatch(/bijvoorbeeld/)
  })
})
