import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { type AstroIntegration, dev } from 'astro'
import type { experimental_AstroContainer } from 'astro/container'

import { takeLock } from './checkoutLock.ts'

const require = createRequire(import.meta.url)
const astroDist = path.join(path.dirname(require.resolve('astro/package.json')), 'dist')
const sites = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** The image service astro.config.ts configures: part of every optimised image's file name. */
const IMAGE_SERVICE = 'astro/assets/services/sharp'

/**
 * Astro's content layer writes its store to disk 500 ms after the last change, and refreshContent()
 * waits for that write: a debounce meant for a dev server watching files. Here one refresh is the
 * whole change, so its timers are started at once.
 */
const withoutSaveDebounce = async <T>(work: () => Promise<T>): Promise<T> => {
  const setTimer = globalThis.setTimeout
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    setTimer(callback, ms === 500 ? 0 : ms, ...args)) as typeof setTimeout
  try {
    return await work()
  } finally {
    globalThis.setTimeout = setTimer
  }
}

/**
 * Astro keeps a dev server's content store in <root>/.astro/data-store.json and reads pages' content
 * back from there: two dev servers of one checkout (two builders, or tests side by side) would
 * render each other's content. One warm renderer per checkout, then; a second one is refused.
 */
const LOCK = path.join(sites, '.astro', 'warm-renderer.lock')

/**
 * The dev server's file watcher only needs the content store (Astro reloads it from there). Sources
 * do not change under a running builder, and the builder writes thousands of files that may lie
 * under sites/ (tests put their work folders and releases there): watching those made the dev
 * server reload content on its own, in the middle of a publish.
 */
const outsideContentStore = (file: string) => {
  const relative = path.relative(sites, file)
  return relative !== '' && relative !== '.astro' && !relative.startsWith(`.astro${path.sep}`)
}

/**
 * A Vite dev server with Astro's plugins (astro.config.ts, with WIJK_WARM=1 exposing the server and
 * refreshContent through an integration), and Astro's container to render pages in it. Optimised
 * images get the file names `astro build` gives them (the same functions make them); `imagesUsed`
 * collects them so the caller can check the build made them.
 */
export const startDevServer = async () => {
  const release = takeLock(LOCK)
  try {
    return await startLocked(release)
  } catch (error) {
    release()
    throw error
  }
}

/** What astro.config.ts's warm-renderer integration hands over when the dev server starts (astro:server:setup). */
type ServerSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]
type WarmHooks = { server: ServerSetup['server']; refreshContent: () => Promise<void> }

/** The part of the ssr environment's module runner (Vite) used here. */
type EvaluatedModule = { importers: Set<string> }
type ModuleRunner = {
  import: (url: string) => Promise<unknown>
  evaluatedModules: { getModuleById: (id: string) => EvaluatedModule | undefined; invalidateModule: (node: EvaluatedModule) => void }
}

/** Astro's functions that name an optimised image's file (astro/dist/assets/utils/hash.js). */
type ImageHash = {
  hashTransform: (options: unknown, imageService: string, hashProperties: string[]) => string
  propsToFilename: (source: string, options: unknown, hash: string) => string
}

const startLocked = async (release: () => void) => {
  process.env.WIJK_WARM = '1'
  const server = await dev({
    root: sites,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
    vite: { server: { watch: { ignored: outsideContentStore } } },
  })
  const { server: vite, refreshContent } = (globalThis as { __wijkWarm?: WarmHooks }).__wijkWarm!
  const { runner } = vite.environments.ssr as unknown as { runner: ModuleRunner }
  const { hashTransform, propsToFilename } = (await import(pathToFileURL(path.join(astroDist, 'assets/utils/hash.js')).href)) as ImageHash
  const imagesUsed = new Set<string>()
  globalThis.astroAsset.addStaticImage = (options, hashProperties) => {
    const source = typeof options.src === 'string' ? options.src : options.src.src
    const file = `/_astro${propsToFilename(source, options, hashTransform(options, IMAGE_SERVICE, hashProperties))}`
    imagesUsed.add(file)
    return encodeURI(file)
  }
  const { experimental_AstroContainer: container } = (await runner.import('astro/container')) as {
    experimental_AstroContainer: typeof experimental_AstroContainer
  }

  /** Reloads the content collections from WIJK_SNAPSHOT and drops every module that read the old ones. */
  const reloadContent = async () => {
    await withoutSaveDebounce(() => refreshContent())
    const modules = runner.evaluatedModules
    const stale = new Set<string>()
    const collect = (id: string) => {
      if (stale.has(id)) return
      stale.add(id)
      for (const importer of modules.getModuleById(id)?.importers ?? []) collect(importer)
    }
    collect('\0astro:data-layer-content')
    for (const id of stale) {
      const node = modules.getModuleById(id)
      if (node) modules.invalidateModule(node)
    }
  }

  return {
    runner,
    imagesUsed,
    reloadContent,
    createContainer: (site: string) => container.create({ astroConfig: { site, trailingSlash: 'always', build: { format: 'directory' } } }),
    stop: async () => {
      await server.stop()
      release()
    },
  }
}
