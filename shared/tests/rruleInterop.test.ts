import { describe, expect, it } from 'vitest'
import { pickRRuleModule, RRule } from '../src/rruleInterop'

class FakeRRule {}

describe('pickRRuleModule', () => {
  it('uses named exports as a bundler exposes them', () => {
    const esm = { RRule: FakeRRule }
    expect(pickRRuleModule(esm)).toBe(esm)
  })

  it('falls back to default as Node exposes the CommonJS build', () => {
    const cjs = { RRule: FakeRRule }
    expect(pickRRuleModule({ default: cjs, rrule: cjs })).toBe(cjs)
  })

  it('fails loudly when neither shape fits', () => {
    expect(() => pickRRuleModule({ default: {} })).toThrow(/Could not load the "rrule" package/)
    expect(() => pickRRuleModule(undefined)).toThrow(/Could not load/)
  })

  it('resolves the real package in this runtime', () => {
    expect(new RRule({ freq: 2, count: 2, dtstart: new Date(Date.UTC(2026, 0, 6)) }).all()).toHaveLength(2)
  })
})
