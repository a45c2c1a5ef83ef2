import { BuildError } from './buildError.ts'
import type { PublishedBuild } from './publishBuild.ts'
import type { LastSuccess } from './wijkInfo.ts'
import { freshStatus, type WijkStatus, withDuration } from './wijkStatus.ts'

export type BuildJob = (wijk: string, onWorker: (pid: number | null) => void) => Promise<PublishedBuild>

type Entry = Omit<WijkStatus, 'current'> & { successes: number; failures: number; retryTimer: NodeJS.Timeout | null }

type Options = {
  build: BuildJob
  /** Waits before the 1st, 2nd, … retry; the last one repeats until a build succeeds. */
  retryDelaysMs: number[]
  log: (message: string) => void
}

/**
 * Build scheduling for all wijken. Per wijk at most one build runs; requests during a build set a
 * single `pending` follow-up, so a burst of publishes costs at most two more builds and the last
 * one always sees the newest content. Globally one build at a time (a build keeps both cores busy),
 * wijken taking turns in arrival order. A failed build is retried with backoff; a new request
 * during the wait builds at once.
 */
export const createBuildQueue = ({ build, retryDelaysMs, log }: Options) => {
  const entries = new Map<string, Entry>()
  const waiting: string[] = []
  let running: string | null = null
  let idleListeners: (() => void)[] = []

  const entryOf = (wijk: string, lastSuccess: LastSuccess | null = null): Entry => {
    let entry = entries.get(wijk)
    if (!entry) entries.set(wijk, (entry = { ...freshStatus(lastSuccess), successes: 0, failures: 0, retryTimer: null }))
    return entry
  }

  const enqueue = (wijk: string, entry: Entry) => {
    if (entry.retryTimer) clearTimeout(entry.retryTimer)
    entry.retryTimer = null
    entry.retryAt = null
    entry.state = 'queued'
    waiting.push(wijk)
    pump()
  }

  /** Someone wants `wijk` rebuilt with the CMS's current content. */
  const request = (wijk: string) => {
    const entry = entryOf(wijk)
    if (entry.state === 'building') entry.pending = true
    else if (entry.state !== 'queued') enqueue(wijk, entry)
  }

  const scheduleRetry = (wijk: string, entry: Entry) => {
    const delay = retryDelaysMs[Math.min(entry.failures, retryDelaysMs.length) - 1] ?? 60_000
    entry.retryAt = new Date(Date.now() + delay).toISOString()
    entry.retryTimer = setTimeout(() => enqueue(wijk, entry), delay)
    log(`${wijk}: nieuwe poging over ${Math.round(delay / 100) / 10} s`)
  }

  const succeeded = (wijk: string, entry: Entry, result: PublishedBuild) => {
    entry.successes += 1
    entry.failures = 0
    entry.state = 'idle'
    entry.lastSuccess = { at: result.at, releaseId: result.releaseId, seconds: result.seconds, pages: result.pages, fast: result.fast }
    entry.durations = withDuration(entry.durations, entry.successes, result.seconds)
    log(`${wijk}: live (${result.pages} pagina's in ${result.seconds.toFixed(1)} s${result.fast ? ', snelle herbouw' : ''}, release ${result.releaseId})`)
  }

  const failed = (wijk: string, entry: Entry, error: unknown) => {
    entry.failures += 1
    entry.state = 'failed'
    const message = error instanceof BuildError ? error.message : `Onverwachte fout: ${(error as Error).message}`
    entry.lastError = { at: new Date().toISOString(), message }
    log(`${wijk}: bouwen mislukt, de vorige versie blijft live. ${message}`)
    // A newer request supersedes the retry; a final error (unknown wijk) is not worth repeating.
    if (!entry.pending && !(error instanceof BuildError && error.final)) scheduleRetry(wijk, entry)
  }

  const runOne = async (wijk: string, entry: Entry) => {
    running = wijk
    entry.state = 'building'
    log(`${wijk}: bouwen…`)
    try {
      succeeded(wijk, entry, await build(wijk, (pid) => (entry.buildPid = pid)))
    } catch (error) {
      failed(wijk, entry, error)
    }
    entry.builds += 1
    entry.buildPid = null
    running = null
    if (entry.pending) {
      entry.pending = false
      enqueue(wijk, entry)
    }
    pump()
  }

  function pump() {
    if (running) return
    const wijk = waiting.shift()
    if (!wijk) {
      for (const listener of idleListeners) listener()
      idleListeners = []
      return
    }
    void runOne(wijk, entryOf(wijk))
  }

  return {
    request,
    /** Registers a wijk known from disk (earlier runs), with its last good build. */
    know: (wijk: string, lastSuccess: LastSuccess | null) => void entryOf(wijk, lastSuccess),
    knownWijken: () => [...entries.keys()].sort(),
    statusOf: (wijk: string): Omit<WijkStatus, 'current'> | null => {
      const entry = entries.get(wijk)
      if (!entry) return null
      const { successes: _s, failures: _f, retryTimer: _t, ...status } = entry
      return status
    },
    /** Resolves when nothing is building or queued (retries may still be waiting). */
    whenIdle: () => new Promise<void>((resolve) => (running || waiting.length ? idleListeners.push(resolve) : resolve())),
    /** Stops retry timers (the caller stops a running build). */
    stop: () => {
      for (const entry of entries.values()) if (entry.retryTimer) clearTimeout(entry.retryTimer)
    },
  }
}

export type BuildQueue = ReturnType<typeof createBuildQueue>
