import { describe, expect, it } from 'vitest'

import { requestHostOf } from '../src/forwardedHost'

const base = { host: 'cms.internal:3000', forwardedHost: undefined, forwardedProto: undefined, encrypted: false, trustedHops: 0 }

describe('requestHostOf', () => {
  it('with no trusted proxy, uses the Host header and ignores what the client writes in X-Forwarded-Host/-Proto', () => {
    expect(requestHostOf({ ...base, forwardedHost: 'delfshaven.localhost', forwardedProto: 'https' })).toEqual({ host: 'cms.internal:3000', proto: 'http' })
    expect(requestHostOf({ ...base, encrypted: true })).toEqual({ host: 'cms.internal:3000', proto: 'https' })
  })

  it("behind a trusted proxy, takes the proxy's own (rightmost) entry", () => {
    const proxied = { ...base, trustedHops: 1 }
    expect(requestHostOf({ ...proxied, forwardedHost: 'Delfshaven.localhost:4321', forwardedProto: 'https' })).toEqual({
      host: 'delfshaven.localhost:4321',
      proto: 'https',
    })
    expect(requestHostOf({ ...proxied, forwardedHost: 'kanaleneiland.localhost, delfshaven.localhost' }).host).toBe('delfshaven.localhost')
    expect(requestHostOf({ ...proxied, forwardedHost: ['kanaleneiland.localhost', 'delfshaven.localhost'] }).host).toBe('delfshaven.localhost')
    // The proxy set none: its Host counts.
    expect(requestHostOf(proxied).host).toBe('cms.internal:3000')
  })

  it('never returns something that is no host (paths, spaces, user info) and never a scheme other than http/https', () => {
    const proxied = { ...base, trustedHops: 1 }
    for (const forged of ['evil.example/path', 'a b', 'user@evil.example', 'evil.example\r\nx: y', '']) {
      expect(requestHostOf({ ...proxied, forwardedHost: forged }).host).toBe('cms.internal:3000')
    }
    expect(requestHostOf({ ...base, host: 'evil/../x' }).host).toBe('')
    expect(requestHostOf({ ...proxied, forwardedProto: 'javascript' }).proto).toBe('http')
  })
})
