import { BuildError } from '../buildError.ts'
import type { PublishedBuild } from '../release/publishBuild.ts'
import type { LastSuccess } from '../release/wijkInfo.ts'
import { freshStatus, type WijkStatus, withDuration } from '../wijkStatus.ts'

type BuildJob = (wijk: string, onWorker: (pid: number | null) => void) => Promise<PublishedBuild>
/** Publishes the search index for release `forRelease`; the new release id, or null when it was no longer live. */
type IndexJob = (wijk: string, forRelease: string, onWorker: (pid: number | null) => void) => Promise<string | null>

type Task = 'build' | 'index'

type Entry = Omit<WijkStatus, 'current'> & {
  successes: number
  failures: number
  retryTimer: NodeJS.Timeout | null
  /** What runs when the wijk's turn comes. */
  next: Task
  /** The release whose search index lags, since when (ms), and the timer that starts its index task. */
  search: { forRelease: string; since: number; timer: NodeJS.Timeout | null } | null
}

type Options = {
  build: BuildJob
  index: IndexJob
  /** Waits before the 1st, 2nd, … retry; the last one repeats until a build succeeds. */
  retryDelaysMs: number[]
  /** The search index follows a fast publish once no change came in for this long… */
  searchQuietMs: number
  /** …or at the latest this long after the first publish it lags behind. */
  searchMaxWaitMs: number
  log: (message: string) => void
}

/**
 * Build scheduling for all wijken. Per wijk at most one build runs; requests during a build set a
 * single `pending` follow-up, so a burst of publishes costs at most two more builds and the last
 * one always sees the newest content. Globally one build at a time (a build keeps both cores busy),
 * wijken taking turns in arrival order. A failed build is retried with backoff; a new request
 * during the wait builds at once.
 *
 * A fast publish makes its pages live before the search index has them (see buildRelease.ts); the
 * index task that catches up waits for a quiet moment, so an editor saving again and again is not
 * held up by it, but runs at the latest `searchMaxWaitMs` after the first publish it lags behind.
 */
export const createBuildQueue = ({ build, index, retryDelaysMs, searchQuietMs, searchMaxWaitMs, log }: Options) => {
  const entries = new Map<string, Entry>()
  const waiting: string[] = []
  let running: string | null = null
  let idleListeners: (() => void)[] = []

  const entryOf = (wijk: string, lastSuccess: LastSuccess | null = null): Entry => {
    let entry = entries.get(wijk)
    if (!entry) entries.set(wijk, (entry = { ...freshStatus(lastSuccess), successes: 0, failures: 0, retryTimer: null, next: 'build', search: null }))
    return entry
  }

  const enqueue = (wijk: string, entry: Entry, task: Task) => {
    if (entry.retryTimer) clearTimeout(entry.retryTimer)
    if (entry.search?.timer) clearTimeout(entry.search.timer)
    if (entry.search) entry.search.timer = null
    entry.retryTimer = null
    entry.retryAt = null
    entry.state = 'queued'
    entry.next = task
    waiting.push(wijk)
    pump()
  }

  /** Someone wants `wijk` rebuilt with the CMS's current content. */
  const request = (wijk: string) => {
    const entry = entryOf(wijk)
    if (entry.state === 'building' || (entry.state === 'queued' && entry.next === 'index')) entry.pending = true
    else if (entry.state !== 'queued') enqueue(wijk, entry, 'build')
  }

  const searchOverdue = (entry: Entry) => entry.search !== null && Date.now() - entry.search.since >= searchMaxWaitMs

  /** Starts the index task after a quiet moment (sooner when overdue); a request meanwhile cancels the timer. */
  const scheduleIndex = (wijk: string, entry: Entry) => {
    const search = entry.search!
    const delay = Math.max(0, Math.min(searchQuietMs, search.since + searchMaxWaitMs - Date.now()))
    search.timer = setTimeout(() => enqueue(wijk, entry, 'index'), delay)
  }

  /** What follows a finished task: the wanted build, an overdue search index first, or a quiet wait for it. */
  const followUp = (wijk: string, entry: Entry) => {
    // A failed task without newer requests waits for its retry.
    if (entry.search && !entry.retryTimer && (searchOverdue(entry) || !entry.pending)) {
      if (searchOverdue(entry)) enqueue(wijk, entry, 'index')
      else scheduleIndex(wijk, entry)
      return
    }
    if (entry.pending) {
      entry.pending = false
      enqueue(wijk, entry, 'build')
    }
  }

  const scheduleRetry = (wijk: string, entry: Entry, task: Task) => {
    const delay = retryDelaysMs[Math.min(entry.failures, retryDelaysMs.length) - 1] ?? 60_000
    entry.retryAt = new Date(Date.now() + delay).toISOString()
    entry.retryTimer = setTimeout(() => enqueue(wijk, entry, task), delay)
    log(`${wijk}: nieuwe poging over ${Math.round(delay / 100) / 10} s`)
  }

  const succeeded = (wijk: string, entry: Entry, result: PublishedBuild) => {
    entry.successes += 1
    entry.failures = 0
    entry.state = 'idle'
    entry.lastSuccess = { at: result.at, releaseId: result.releaseId, seconds: result.seconds, pages: result.pages, fast: result.fast, steps: result.steps }
    entry.durations = withDuration(entry.durations, entry.successes, result.seconds)
    entry.search = result.searchPending ? { forRelease: result.releaseId, since: entry.search?.since ?? Date.now(), timer: null } : null
    entry.searchPending = result.searchPending
    const steps = Object.entries(result.steps ?? {})
      .map(([step, seconds]) => `${step} ${seconds.toFixed(2)}`)
      .join(', ')
    log(
      `${wijk}: live (${result.pages} pagina's in ${result.seconds.toFixed(1)} s${result.fast ? ', snelle herbouw' : ''}: ${steps}; release ${result.releaseId})`,
    )
  }

  const indexed = (wijk: string, entry: Entry, releaseId: string | null, seconds: number) => {
    entry.state = 'idle'
    entry.search = null
    entry.searchPending = false
    if (!releaseId) return log(`${wijk}: teruggezet; de zoekindex volgt bij de volgende bouw`)
    if (entry.lastSuccess) entry.lastSuccess = { ...entry.lastSuccess, releaseId }
    log(`${wijk}: zoekindex bijgewerkt (${seconds.toFixed(1)} s, release ${releaseId})`)
  }

  const failed = (wijk: string, entry: Entry, error: unknown, task: Task) => {
    entry.failures += 1
    entry.state = 'failed'
    const message = error instanceof BuildError ? error.message : `Onverwachte fout: ${(error as Error).message}`
    entry.lastError = { at: new Date().toISOString(), message }
    log(`${wijk}: bouwen mislukt, de vorige versie blijft live. ${message}`)
    // A newer request supersedes the retry; a final error (unknown wijk) is not worth repeating.
    if (!entry.pending && !(error instanceof BuildError && error.final)) scheduleRetry(wijk, entry, task)
  }

  const runBuild = async (wijk: string, entry: Entry) => {
    log(`${wijk}: bouwen…`)
    try {
      succeeded(wijk, entry, await build(wijk, (pid) => (entry.buildPid = pid)))
    } catch (error) {
      failed(wijk, entry, error, 'build')
    }
    entry.builds += 1
  }

  const runIndex = async (wijk: string, entry: Entry) => {
    const started = performance.now()
    try {
      indexed(wijk, entry, await index(wijk, entry.search!.forRelease, (pid) => (entry.buildPid = pid)), (performance.now() - started) / 1000)
    } catch (error) {
      failed(wijk, entry, error, 'index')
    }
  }

  const runOne = async (wijk: string, entry: Entry) => {
    running = wijk
    entry.state = 'building'
    if (entry.next === 'index' && entry.search) await runIndex(wijk, entry)
    else await runBuild(wijk, entry)
    entry.buildPid = null
    running = null
    followUp(wijk, entry)
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
      const { successes: _s, failures: _f, retryTimer: _t, next: _n, search: _i, ...status } = entry
      return status
    },
    /** Resolves when nothing is building or queued (retries may still be waiting). */
    whenIdle: () => new Promise<void>((resolve) => (running || waiting.length ? idleListeners.push(resolve) : resolve())),
    /** Stops retry and search index timers (the caller stops a running build). */
    stop: () => {
      for (const entry of entries.values()) {
        if (entry.retryTimer) clearTimeout(entry.retryTimer)
        if (entry.search?.timer) clearTimeout(entry.search.timer)
      }
    },
  }
}
