import { describe, expect, it } from 'vitest'

import { buildRequestSchema, signWebhook, verifyWebhook } from './webhook'

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const body = '{"test": 2432232314}'
const at = (unixSeconds: number) => new Date(unixSeconds * 1000)

describe('Standard Webhooks signature', () => {
  it('matches the example in the Standard Webhooks specification', () => {
    const headers = signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', body, at(1614265330))
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    })
  })

  it('accepts what it signed, within five minutes either way', () => {
    const headers = signWebhook(secret, 'msg_1', body, at(1_700_000_000))
    for (const skew of [-300, 0, 300]) expect(verifyWebhook(secret, headers, body, at(1_700_000_000 + skew))).toEqual({ ok: true, id: 'msg_1' })
  })

  it.each([
    ['a changed body', (h: Record<string, string>) => [h, '{"test": 2432232315}']],
    ['a changed id', (h: Record<string, string>) => [{ ...h, 'webhook-id': 'msg_2' }, body]],
    ['a changed timestamp', (h: Record<string, string>) => [{ ...h, 'webhook-timestamp': '1700000001' }, body]],
    ['another version tag', (h: Record<string, string>) => [{ ...h, 'webhook-signature': (h['webhook-signature'] ?? '').replace('v1,', 'v2,') }, body]],
    ['no signature', (h: Record<string, string>) => [{ ...h, 'webhook-signature': '' }, body]],
  ])('rejects %s', (_, tamper) => {
    const [headers, tamperedBody] = tamper(signWebhook(secret, 'msg_1', body, at(1_700_000_000))) as [Record<string, string>, string]
    expect(verifyWebhook(secret, headers, tamperedBody, at(1_700_000_000)).ok).toBe(false)
  })

  it('rejects another secret and stale or future timestamps', () => {
    const headers = signWebhook(secret, 'msg_1', body, at(1_700_000_000))
    expect(verifyWebhook('whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==', headers, body, at(1_700_000_000))).toEqual({ ok: false, reason: 'signature mismatch' })
    expect(verifyWebhook(secret, headers, body, at(1_700_000_301))).toEqual({ ok: false, reason: 'timestamp outside tolerance' })
    expect(verifyWebhook(secret, headers, body, at(1_699_999_699))).toEqual({ ok: false, reason: 'timestamp outside tolerance' })
  })

  it('accepts any one of several signatures (key rotation)', () => {
    const headers = signWebhook(secret, 'msg_1', body, at(1_700_000_000))
    const rotated = { ...headers, 'webhook-signature': `v1,Zm9vYmFy ${headers['webhook-signature']}` }
    expect(verifyWebhook(secret, rotated, body, at(1_700_000_000)).ok).toBe(true)
  })

  it('uses a secret without the whsec_ prefix as plain text', () => {
    const headers = signWebhook('plain secret', 'msg_1', body, at(1_700_000_000))
    expect(verifyWebhook('plain secret', headers, body, at(1_700_000_000)).ok).toBe(true)
    expect(verifyWebhook('whsec_cGxhaW4gc2VjcmV0', headers, body, at(1_700_000_000)).ok).toBe(true)
  })
})

describe('build request body', () => {
  it('takes a wijk slug, a reason, a collection and an id', () => {
    expect(buildRequestSchema.parse({ wijk: 'delfshaven', reason: 'publish', collection: 'events', id: 12 })).toBeTruthy()
    expect(buildRequestSchema.parse({ wijk: 'delfshaven', reason: 'manual', collection: 'wijken', id: null })).toBeTruthy()
  })

  it.each([
    { wijk: '../etc', reason: 'publish', collection: 'events', id: 1 },
    { wijk: 'delfshaven', reason: 'because', collection: 'events', id: 1 },
    { wijk: 'delfshaven', reason: 'publish', collection: 'events', id: 1, extra: true },
    { wijk: 'delfshaven', reason: 'publish', collection: 'events' },
  ])('rejects %o', (input) => {
    expect(buildRequestSchema.safeParse(input).success).toBe(false)
  })
})
