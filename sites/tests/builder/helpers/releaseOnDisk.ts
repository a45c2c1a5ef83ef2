import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { currentLink, releaseDir } from '../../../builder/release/releaseLayout.ts'
import { writeWijkInfo } from '../../../builder/release/wijkInfo.ts'

const sites = path.resolve(import.meta.dirname, '../../..')

const RELEASE_ID = '20260101T000000000Z-1'

/**
 * An out folder holding one small live release of `wijk`, as an earlier run of the builder leaves it, so
 * a test can start the real builder and have it serve a site without building one (no CMS, no Astro).
 * The site has a home page, a folder page (/agenda/) and its own 404 page; `domain` is its own host.
 */
export const releaseOnDisk = (wijk: string, domain: string) => {
  mkdirSync(path.join(sites, '.test-build'), { recursive: true })
  const work = mkdtempSync(path.join(sites, '.test-build', 'release-'))
  const outRoot = path.join(work, 'out')
  const release = releaseDir(outRoot, wijk, RELEASE_ID)
  const page = (title: string) => `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><h1>${title}</h1></body></html>\n`
  mkdirSync(path.join(release, 'agenda', 'buurtfeest'), { recursive: true })
  writeFileSync(path.join(release, 'index.html'), page(`Home van ${wijk}`))
  writeFileSync(path.join(release, 'agenda', 'index.html'), page('Agenda'))
  writeFileSync(path.join(release, 'agenda', 'buurtfeest', 'index.html'), page('Buurtfeest'))
  writeFileSync(path.join(release, '404.html'), page('Pagina niet gevonden'))
  symlinkSync(path.join('releases', RELEASE_ID), currentLink(outRoot, wijk))
  writeWijkInfo(outRoot, wijk, {
    name: wijk,
    siteUrl: `https://${domain}/`,
    lastSuccess: { at: '2026-01-01T00:00:00.000Z', releaseId: RELEASE_ID, seconds: 1, pages: 3 },
  })
  return { outRoot, remove: () => rmSync(work, { recursive: true, force: true }) }
}
