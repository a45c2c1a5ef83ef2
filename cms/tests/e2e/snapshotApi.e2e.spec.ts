import { wijkSnapshotSchema } from '@wijk/shared/snapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, SNAPSHOT_TOKEN, startCms } from './helpers/cmsServer'

let cms: CmsServer

beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => cms?.stop())

const getSnapshot = (slug: string, token?: string) =>
  fetch(`${cms.url}/api/wijken/${slug}/snapshot`, { headers: token ? { Authorization: `Bearer ${token}` } : {} })

describe('GET /api/wijken/:slug/snapshot on the seeded demo', () => {
  it('refuses a missing or wrong token', async () => {
    expect((await getSnapshot('delfshaven')).status).toBe(401)
    const wrong = await getSnapshot('delfshaven', 'raden-mag')
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('www-authenticate')).toMatch(/Bearer/)
  })

  it('answers 404 for an unknown wijk', async () => {
    expect((await getSnapshot('atlantis', SNAPSHOT_TOKEN)).status).toBe(404)
  })

  it('returns the whole demo wijk, valid against the shared schema', async () => {
    const response = await getSnapshot('delfshaven', SNAPSHOT_TOKEN)
    expect(response.status).toBe(200)
    const snapshot = wijkSnapshotSchema.parse(await response.json())
    expect(snapshot.organisations.length).toBeGreaterThanOrEqual(120)
    expect(snapshot.themes.length).toBeGreaterThanOrEqual(10)
    expect(snapshot.events.length).toBeGreaterThanOrEqual(40)
    expect(snapshot.articles.length).toBeGreaterThanOrEqual(12)
    expect(snapshot.posts.length).toBeGreaterThanOrEqual(15)
    const weeklyMeals = snapshot.events.filter((e) => e.category === 'buurtmaaltijd' && e.recurrence?.rule.includes('FREQ=WEEKLY'))
    expect(weeklyMeals.length).toBeGreaterThanOrEqual(10)
    expect(new Set(snapshot.organisations.flatMap((o) => o.themes)).size).toBeGreaterThanOrEqual(10)
  })

  it('serves the images it references', async () => {
    const snapshot = wijkSnapshotSchema.parse(await (await getSnapshot('delfshaven', SNAPSHOT_TOKEN)).json())
    const logo = snapshot.organisations.find((o) => o.logo)!.logo!
    const image = await fetch(logo.variants.thumbnail?.url ?? logo.url)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toMatch(/^image\//)
    // Without a cache lifetime the site builder downloads and re-encodes every image on every publish.
    expect(image.headers.get('cache-control')).toMatch(/max-age=\d{4,}/)
  })

  it('never leaks the second wijk into Delfshaven', async () => {
    const delfshaven = await (await getSnapshot('delfshaven', SNAPSHOT_TOKEN)).text()
    expect(delfshaven).not.toMatch(/Kanaleneiland/i)
    const other = wijkSnapshotSchema.parse(await (await getSnapshot('kanaleneiland', SNAPSHOT_TOKEN)).json())
    expect(other.organisations.length).toBeGreaterThan(0)
    expect(other.organisations.every((o) => /Kanaleneiland/.test(o.name))).toBe(true)
  })
})
