/**
 * Screenshots of a built site at phone and desktop width, to look at pages as residents will.
 *   pnpm --filter @wijk/sites screenshots -- --site DIR --out DIR [/path/ …]
 * Without paths it takes the home page and one page of every type it finds in the build.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { chromium } from 'playwright-core'

import { chromiumOptions } from '../../scripts/lib/chromiumOptions.ts'
import { serveDirectory } from '../builder/http/staticServer.ts'

const WIDTHS = [390, 1280]
const cwd = process.env.INIT_CWD ?? process.cwd()
const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { site: { type: 'string' }, out: { type: 'string', default: 'screenshots' }, full: { type: 'boolean', default: false } },
  allowPositionals: true,
})
if (!values.site) throw new Error('--site DIR is required (the output folder of site:build)')
const site = path.resolve(cwd, values.site)
const out = path.resolve(cwd, values.out)

/** The first detail page under a section, e.g. /agenda/<slug>/. */
const firstUnder = (section: string) => {
  const dir = path.join(site, section)
  if (!existsSync(dir)) return []
  const child = readdirSync(dir, { withFileTypes: true }).find(
    (d) => d.isDirectory() && d.name !== 'categorie' && existsSync(path.join(dir, d.name, 'index.html')),
  )
  return child ? [`/${section}/${child.name}/`] : []
}
const defaults = () => [
  '/',
  '/agenda/',
  ...firstUnder('agenda'),
  '/organisaties/',
  ...firstUnder('organisaties'),
  '/themas/',
  '/buurtkrant/',
  ...firstUnder('buurtkrant'),
  '/prikbord/',
  '/zoeken/',
  '/bestaat-niet/',
]

const fileName = (urlPath: string, width: number) => `${urlPath.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${width}.png`

mkdirSync(out, { recursive: true })
const { url, server } = await serveDirectory(site, path.join(site, '404.html'))
const browser = await chromium.launch(chromiumOptions())
try {
  for (const urlPath of positionals.length ? positionals : defaults()) {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: 'nl-NL' })
      await page.goto(url + urlPath, { waitUntil: 'networkidle' })
      const file = path.join(out, fileName(urlPath, width))
      await page.screenshot({ path: file, fullPage: values.full })
      process.stdout.write(`${file}\n`)
      await page.close()
    }
  }
} finally {
  await browser.close()
  server.close()
}
