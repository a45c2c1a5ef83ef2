import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { WijkSnapshot } from '@wijk/shared/snapshot'
import sharp from 'sharp'

import { serveMedia } from '../../../scripts/lib/serveMedia.ts'

const sites = path.resolve(import.meta.dirname, '../../..')
const FIXTURE = path.join(sites, 'fixtures/kanaleneiland.snapshot.json')
const FIXTURE_MEDIA_HOST = 'https://cms.wijkdemo.nl'

export const SNAPSHOT_TOKEN = 'test-snapshot-token'

type Image = { url: string; width: number; height: number }

/** Every image the snapshot names (originals and variants), with its size. */
const imagesIn = (value: unknown): Image[] => {
  if (!value || typeof value !== 'object') return []
  const here = value as Partial<Image>
  const own = typeof here.url === 'string' && here.url.includes('/api/media/file/') && here.width && here.height ? [here as Image] : []
  return [...own, ...Object.values(value).flatMap(imagesIn)]
}

/** Plain images of the sizes the fixture names, so the build downloads real images from loopback. */
const writeFixtureImages = async (dir: string, snapshot: unknown) => {
  mkdirSync(dir, { recursive: true })
  for (const { url, width, height } of imagesIn(snapshot)) {
    const image = sharp({ create: { width, height, channels: 3, background: '#1D6B66' } })
    await (url.endsWith('.png') ? image.png() : image.jpeg()).toFile(path.join(dir, path.basename(url)))
  }
}

/**
 * A stand-in for the CMS's snapshot endpoint (GET /api/wijken/<slug>/snapshot, Bearer token), serving
 * the Kanaleneiland fixture with its images on a local media server. Tests change what it serves
 * (`serve`) to simulate publishes and broken snapshots.
 */
export const startFixtureCms = async (workDir: string) => {
  const fixtureText = readFileSync(FIXTURE, 'utf8')
  const mediaDir = path.join(workDir, 'media')
  const media = await serveMedia(mediaDir)
  const fixture = JSON.parse(fixtureText.replaceAll(FIXTURE_MEDIA_HOST, media.url)) as WijkSnapshot
  await writeFixtureImages(mediaDir, fixture)
  let body = JSON.stringify(fixture)
  let snapshotRequests = 0
  const server = createServer((req, res) => {
    const slug = /^\/api\/wijken\/([^/]+)\/snapshot$/.exec(req.url ?? '')?.[1]
    if (req.headers.authorization !== `Bearer ${SNAPSHOT_TOKEN}`) return void res.writeHead(401).end('{"error":"token"}')
    if (slug !== fixture.wijk.slug) return void res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"No wijk"}')
    snapshotRequests += 1
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    wijk: fixture.wijk.slug,
    /** The fixture with a changed tagline: an edit that shows on every page. */
    withTagline: (tagline: string): WijkSnapshot => ({ ...fixture, wijk: { ...fixture.wijk, tagline } }),
    /** The fixture with one event renamed (and its digest changed, as the CMS does): an edit of one page. */
    withEventTitle: (slug: string, title: string): WijkSnapshot => ({
      ...fixture,
      events: fixture.events.map((event) =>
        event.slug === slug ? { ...event, title, digest: createHash('sha256').update(title).digest('hex').slice(0, 32) } : event,
      ),
    }),
    /** What the next snapshot request gets: a snapshot, or raw text (for broken ones). */
    serve: (next: WijkSnapshot | string) => void (body = typeof next === 'string' ? next : JSON.stringify(next)),
    snapshotRequests: () => snapshotRequests,
    close: () => {
      media.close()
      server.closeAllConnections()
      server.close()
    },
  }
}

export type FixtureCms = Awaited<ReturnType<typeof startFixtureCms>>
