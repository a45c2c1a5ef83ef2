/**
 * Issue 15, finding 4: open redirect on every served site. The static server's trailing-slash redirect
 * built its Location from the decoded path, so `/%2Fevil.example%2F..` (a folder: it resolves to the
 * site root) answered `301 Location: //evil.example/../`, which a browser follows to another host.
 * Every redirect the builder's server answers must stay on the wijk's own host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type BuilderProcess, startBuilder } from './helpers/builderProcess.ts'
import { releaseOnDisk } from './helpers/releaseOnDisk.ts'

const WIJK = 'delfshaven'
const DOMAIN = 'delfshaven.example.nl'

/** Paths an attacker links to, hoping the redirect points elsewhere (raw: sent exactly like this). */
const HOSTILE_PATHS = [
  '/%2Fevil.example%2F..',
  '/%2F%2Fevil.example%2F..',
  '/%2Fevil.example%2F..?next=1',
  '//evil.example/',
  '//evil.example/agenda',
  '///evil.example/..',
  '/\\evil.example',
  '/\\evil.example/..',
  '/%5Cevil.example',
  '/%5Cevil.example%2F..',
  '/%5C%5Cevil.example%2F..',
  '/%2F%5Cevil.example%2F..',
  '/%09/evil.example',
  '/%09%2Fevil.example%2F..',
  '/%0A%2Fevil.example%2F..',
  '/%2e%2e%2F%2Fevil.example%2F..',
  '/.%2F%2Fevil.example%2F..',
  '/%2E%2F%2Fevil.example%2F%2E%2E',
  '/agenda%2F..%2F%2Fevil.example%2F..',
  '/agenda/..%2F%2Fevil.example%2F..',
  '/%2Fevil.example%2F..%2Fagenda',
  '/http:%2F%2Fevil.example%2F..',
  '/%2F%2Fevil.example%2F..%23',
  '/%2F@evil.example%2F..',
]

let builder: BuilderProcess
let release: ReturnType<typeof releaseOnDisk>

beforeAll(async () => {
  release = releaseOnDisk(WIJK, DOMAIN)
  // No build runs: the wijk is live from the out folder; the CMS address is never asked.
  builder = await startBuilder({ cmsUrl: 'http://127.0.0.1:9', outRoot: release.outRoot, snapshotToken: 'unused-snapshot-token' })
})

afterAll(async () => {
  await builder?.stop()
  release?.remove()
})

/** Where a browser goes on a redirect: the Location resolved against the page it asked for (null: nowhere valid). */
const followedTo = (host: string, location: string) => {
  try {
    return new URL(location, `http://${host}:${builder.port}/`)
  } catch {
    return null
  }
}

describe('redirects of a served wijk site', () => {
  it.each([`${WIJK}.localhost`, DOMAIN])('never send the browser off the wijk host (%s)', async (host) => {
    const offHost: string[] = []
    let redirects = 0
    for (const hostile of HOSTILE_PATHS) {
      const answer = await builder.get(host, hostile)
      expect(answer.status, hostile).toBeLessThan(500)
      if (answer.status < 300 || answer.status > 399) continue
      redirects += 1
      const location = String(answer.headers.location)
      const target = followedTo(host, location)
      if (target?.host !== `${host}:${builder.port}` || target.protocol !== 'http:') offHost.push(`${hostile} → ${answer.status} Location: ${location}`)
    }
    expect(offHost).toEqual([])
    // The battery reaches the redirect (a folder without its slash), so the check above means something.
    expect(redirects).toBeGreaterThan(0)
  })

  it('still adds the trailing slash to a folder, keeping the query', async () => {
    const host = `${WIJK}.localhost`
    expect((await builder.get(host, '/agenda')).headers.location).toBe('/agenda/')
    const nested = await builder.get(host, '/agenda/buurtfeest?van=nieuwsbrief')
    expect(nested.status).toBe(301)
    expect(nested.headers.location).toBe('/agenda/buurtfeest/?van=nieuwsbrief')
    expect((await builder.get(host, '/agenda/buurtfeest/')).text).toContain('Buurtfeest')
    // A smuggled-in folder still lands on the site's own page.
    const root = await builder.get(host, '/%2Fevil.example%2F..')
    expect(root.status).toBe(301)
    expect(followedTo(host, String(root.headers.location))?.pathname).toBe('/')
  })
})
