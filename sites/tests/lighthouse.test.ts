import { launch, type LaunchedChrome } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chromiumOptions } from '../../scripts/lib/chromiumOptions.ts'
import { allPages, snapshot } from './helpers/builtSite'
import { closeServer, serveBuiltSite, type SiteServer } from './helpers/servedSite'

let chrome: LaunchedChrome
let server: SiteServer

// Lighthouse drives Chromium over its debugging port, not Playwright's pipe: its own launcher, Debian's binary.
beforeAll(async () => {
  server = await serveBuiltSite()
  const { executablePath, args } = chromiumOptions()
  chrome = await launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...args] })
})
afterAll(async () => {
  chrome?.kill()
  closeServer(server)
})

/** The category scores (0–1) and the SEO audits that did not pass, as "id: title". */
const audit = async (urlPath: string) => {
  const result = await lighthouse(`${server.url}${urlPath}`, { port: chrome.port, onlyCategories: ['accessibility', 'seo'], logLevel: 'error', output: 'json' })
  const { categories, audits } = result!.lhr
  const seoFailed = (categories.seo?.auditRefs ?? [])
    .map((ref) => audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 1 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode))
    .map((a) => `${a.id}: ${a.title}`)
  return { accessibility: categories.accessibility?.score, seo: categories.seo?.score, seoFailed }
}

/** Pages for searchers: one of every type that is in the sitemap. */
const FINDABLE = () => [
  '/',
  '/agenda/',
  `/agenda/${snapshot.events.find((e) => e.recurrence)!.slug}/`,
  '/agenda/categorie/buurtmaaltijd/',
  allPages().find((p) => p.startsWith('/agenda/maand/'))!,
  '/organisaties/',
  `/organisaties/${snapshot.organisations[0]!.slug}/`,
  `/themas/${snapshot.themes[0]!.slug}/`,
  '/buurtkrant/',
  `/buurtkrant/${snapshot.articles[0]!.slug}/`,
  '/prikbord/',
  '/kaart/',
  '/zoeken/',
  '/nieuwsbrief/',
  '/account/registreren/',
]

/** Views that are deliberately `noindex` (a kiosk screen, the agenda laid out for paper). */
const NOT_FOR_SEARCHERS = () => ['/scherm/', allPages().find((p) => p.startsWith('/agenda/print/week/'))!]

// The design's bar: Lighthouse accessibility and SEO 100 on every page a resident or a searcher lands on.
describe('Lighthouse (real Chromium)', () => {
  it('scores 100 for accessibility and SEO on one page of every findable type', async () => {
    const report: string[] = []
    for (const urlPath of FINDABLE()) {
      const { accessibility, seo, seoFailed } = await audit(urlPath)
      if (accessibility !== 1 || seo !== 1) report.push(`${urlPath} accessibility ${accessibility} seo ${seo}: ${seoFailed.join('; ')}`)
    }
    expect(report).toEqual([])
  }, 300_000)

  it('scores 100 for accessibility on the noindex views, whose only SEO "failure" is that noindex', async () => {
    const report: string[] = []
    for (const urlPath of NOT_FOR_SEARCHERS()) {
      const { accessibility, seoFailed } = await audit(urlPath)
      if (accessibility !== 1) report.push(`${urlPath} accessibility ${accessibility}`)
      report.push(...seoFailed.filter((line) => !line.startsWith('is-crawlable:')).map((line) => `${urlPath} ${line}`))
      if (!seoFailed.some((line) => line.startsWith('is-crawlable:'))) report.push(`${urlPath} is not noindex`)
    }
    expect(report).toEqual([])
  }, 120_000)
})
