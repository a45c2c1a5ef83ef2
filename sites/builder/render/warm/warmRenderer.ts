import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { stopwatch } from '../stopwatch.ts'
import { startDevServer } from './devServer.ts'
import { createAssetTable, learnFrom, toProductionHtml } from './productionAssets.ts'
import { listPages, type RouteModule, routeFiles, type SitePage } from './sitePages.ts'

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/pages')

/**
 * Pages show "today" (and the screen feed its time): a render must use the same moment as the build it
 * is compared with or continues. WIJK_NOW is what the site reads; it is put back afterwards.
 */
const atMoment = async <T>(now: string, work: () => Promise<T>): Promise<T> => {
  const before = process.env.WIJK_NOW
  process.env.WIJK_NOW = now
  try {
    return await work()
  } finally {
    if (before === undefined) delete process.env.WIJK_NOW
    else process.env.WIJK_NOW = before
  }
}

/** The wijk's site address: Astro.site in every page, fixed when the dev server starts. */
const siteUrlOf = (snapshotFile: string): string => (JSON.parse(readFileSync(snapshotFile, 'utf8')) as { wijk: { siteUrl: string } }).wijk.siteUrl

const sameFiles = (a: SitePage[], b: SitePage[]) => a.length === b.length && a.every((page, i) => page.file === b[i]!.file)

type DevServer = Awaited<ReturnType<typeof startDevServer>>
type Container = Awaited<ReturnType<DevServer['createContainer']>>

/** The wijk loaded in the dev server, as its last full build or fast publish left the work folder. */
type LoadedSite = {
  wijk: string
  workDir: string
  cacheDir: string
  siteUrl: string
  container: Container
  table: ReturnType<typeof createAssetTable>
  pages: SitePage[]
}

/** A build to learn from or a publish to re-render: the wijk, its snapshot and work folder, the moment (WIJK_NOW). */
type WarmInput = { wijk: string; snapshotFile: string; workDir: string; now: string }

/**
 * The builder's fast path for a publish. After a full build of a wijk, this keeps that wijk's site
 * loaded in a warm Vite dev server (see devServer.ts) together with every page's cacheKey. A
 * publish then re-renders in memory only the pages whose cacheKey changed and the pages without
 * one (lists, feeds), turns their HTML into what `astro build` writes (productionAssets.ts) and
 * writes the ones that differ into the work folder. It declines (returns null) whenever the full
 * build must do it: another wijk, pages added or removed, a new image, an unknown asset, or a
 * route whose rendering did not match the build byte for byte when it was learned.
 */
export const createWarmRenderer = ({ log = (_message: string) => {} }: { log?: (message: string) => void } = {}) => {
  let server: DevServer | null = null
  let site: LoadedSite | null = null
  let snapshots = 0

  const stop = async () => {
    site = null
    await server?.stop()
    server = null
  }

  /** Points the dev server at a copy of the snapshot (the builder deletes its file after the build). */
  const loadSnapshot = async (snapshotFile: string, cacheDir: string) => {
    const folder = path.join(cacheDir, 'warm')
    mkdirSync(folder, { recursive: true })
    const copy = path.join(folder, `snapshot-${++snapshots}.json`)
    copyFileSync(snapshotFile, copy)
    const previous = process.env.WIJK_SNAPSHOT
    process.env.WIJK_SNAPSHOT = copy
    await server!.reloadContent()
    if (previous?.startsWith(folder) && previous !== copy) rmSync(previous, { force: true })
  }

  const importRoute = (route: string) => server!.runner.import(`/src/pages/${route}`) as Promise<RouteModule>

  const render = async (container: Container, siteUrl: string, page: SitePage): Promise<string | Buffer> => {
    if (page.route.endsWith('.ts')) {
      const response = await page.module.GET!({
        params: page.params,
        props: page.props,
        site: new URL(siteUrl),
        url: new URL(page.url, siteUrl),
        request: new Request(new URL(page.url, siteUrl)),
      })
      return Buffer.from(await response.arrayBuffer())
    }
    return container.renderToString(page.module.default as Parameters<Container['renderToString']>[0], {
      params: page.params as Record<string, string | undefined>,
      props: page.props,
      request: new Request(new URL(page.url, siteUrl)),
      partial: false,
    })
  }

  /**
   * Learns from the full build just written to `workDir` with `snapshotFile` at the moment `now`;
   * a failure only leaves the fast path off.
   */
  const prepare = ({ now, ...build }: WarmInput & { cacheDir: string }) => atMoment(now, () => learn(build))

  const learn = async ({ wijk, snapshotFile, workDir, cacheDir }: Omit<WarmInput, 'now'> & { cacheDir: string }): Promise<void> => {
    const siteUrl = siteUrlOf(snapshotFile)
    // The dev server reads the wijk's site address and cache folder from its config when it starts.
    if (site?.wijk !== wijk || site?.siteUrl !== siteUrl) await stop()
    site = null
    if (!server) {
      process.env.WIJK_SNAPSHOT = snapshotFile
      process.env.WIJK_CACHE_DIR = path.join(cacheDir, 'warm')
      server = await startDevServer()
    }
    await loadSnapshot(snapshotFile, cacheDir)
    const pages = await listPages(routeFiles(pagesDir), importRoute)
    const missing = pages.find((page) => !existsSync(path.join(workDir, page.file)))
    if (missing) return log(`snelle herbouw uit: ${missing.file} staat niet in de bouw`)
    const container = await server.createContainer(siteUrl)
    const table = createAssetTable()
    for (const route of new Set(pages.map((page) => page.route))) {
      const page = pages.find((p) => p.route === route)!
      const rendered = await render(container, siteUrl, page)
      const built = readFileSync(path.join(workDir, page.file))
      const why =
        typeof rendered === 'string' ? learnFrom(table, route, rendered, built.toString('utf8')) : rendered.equals(built) ? null : 'differs from the build'
      if (why) return log(`snelle herbouw uit: ${page.url} ${why}`)
    }
    site = { wijk, workDir, cacheDir, siteUrl, container, table, pages }
  }

  /**
   * Re-renders what `snapshotFile` changed into `workDir`, as a build at the moment `now` would.
   * Returns the changed files, or null to leave it to a full build.
   */
  const rebuild = ({ now, ...publish }: WarmInput) => atMoment(now, () => rerender(publish))

  const rerender = async ({ wijk, snapshotFile, workDir }: Omit<WarmInput, 'now'>) => {
    if (site?.wijk !== wijk || site.workDir !== workDir) return null
    const { container, table, siteUrl, cacheDir } = site
    if (siteUrlOf(snapshotFile) !== siteUrl) return null
    const previous = site.pages
    site = null // until this rebuild completes, the loaded state no longer matches the work folder
    const clock = stopwatch()
    await loadSnapshot(snapshotFile, cacheDir)
    clock.lap('load')
    const pages = await listPages(routeFiles(pagesDir), importRoute)
    clock.lap('list')
    if (!sameFiles(pages, previous)) return null
    const keys = new Map(previous.map((page) => [page.file, page.cacheKey]))
    const outdated = pages.filter((page) => !page.cacheKey || keys.get(page.file) !== page.cacheKey)
    server!.imagesUsed.clear()
    const outputs: { file: string; output: string | Buffer }[] = []
    for (const page of outdated) {
      const rendered = await render(container, siteUrl, page)
      const output = typeof rendered === 'string' ? toProductionHtml(table, page.route, rendered) : rendered
      if (output === null) return null
      outputs.push({ file: page.file, output })
    }
    if ([...server!.imagesUsed].some((image) => !existsSync(path.join(workDir, image)))) return null
    const changed = outputs.filter(({ file, output }) => !readFileSync(path.join(workDir, file)).equals(Buffer.from(output)))
    for (const { file, output } of changed) writeFileSync(path.join(workDir, file), output)
    site = { wijk, workDir, cacheDir, siteUrl, container, table, pages }
    clock.lap('render')
    return {
      pages: pages.filter((page) => page.file.endsWith('.html')).length,
      rendered: outdated.length,
      changed: changed.map(({ file }) => file),
      steps: clock.laps,
    }
  }

  return { prepare, rebuild, stop }
}
