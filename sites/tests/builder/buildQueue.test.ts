import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createBuildQueue } from '../../builder/queue/buildQueue.ts'
import type { PublishedBuild } from '../../builder/release/publishBuild.ts'

/**
 * The queue's scheduling of the search index that follows a fast publish, on a fake clock. Its jobs
 * are recorded instead of building sites: what is tested is only when the queue starts which task.
 */
const QUIET = 2_000
const MAX_WAIT = 15_000
const BUILD_MS = 500

let tasks: string[]
let starts: { task: string; at: number }[]
let releases: number

const published = (fast: boolean): PublishedBuild => ({
  at: new Date().toISOString(),
  releaseId: `r${++releases}`,
  seconds: 0.5,
  pages: 10,
  fast,
  siteUrl: 'https://x.test/',
  searchPending: fast,
})

const queueWith = (fastBuilds = true) =>
  createBuildQueue({
    retryDelaysMs: [1_000],
    searchQuietMs: QUIET,
    searchMaxWaitMs: MAX_WAIT,
    log: () => {},
    build: async () => {
      tasks.push('build')
      starts.push({ task: 'build', at: Date.now() })
      await new Promise((resolve) => setTimeout(resolve, BUILD_MS))
      return published(fastBuilds)
    },
    index: async (_wijk, forRelease) => {
      tasks.push(`index ${forRelease}`)
      starts.push({ task: 'index', at: Date.now() })
      await new Promise((resolve) => setTimeout(resolve, BUILD_MS))
      return `r${++releases}`
    },
  })

beforeEach(() => {
  vi.useFakeTimers()
  tasks = []
  starts = []
  releases = 0
})
afterEach(() => vi.useRealTimers())

describe('the search index after a fast publish', () => {
  it('follows once publishing has been quiet for a moment, and replaces the fast release', async () => {
    const queue = queueWith()
    queue.request('w')
    await vi.advanceTimersByTimeAsync(BUILD_MS)
    expect(queue.statusOf('w')).toMatchObject({ state: 'idle', searchPending: true, lastSuccess: { releaseId: 'r1' } })
    await vi.advanceTimersByTimeAsync(QUIET - 1)
    expect(tasks).toEqual(['build'])
    await vi.advanceTimersByTimeAsync(1 + BUILD_MS)
    expect(tasks).toEqual(['build', 'index r1'])
    expect(queue.statusOf('w')).toMatchObject({ state: 'idle', searchPending: false, builds: 1, lastSuccess: { releaseId: 'r2', fast: true } })
  })

  it('waits while an editor keeps publishing, but not longer than the maximum', async () => {
    const queue = queueWith()
    const started = Date.now()
    // A publish every 1.5 s for 30 s: never quiet for 2 s.
    for (let i = 0; i < 20; i++) {
      queue.request('w')
      await vi.advanceTimersByTimeAsync(1_500)
    }
    const indexes = starts.filter(({ task }) => task.startsWith('index'))
    expect(indexes.length).toBeGreaterThanOrEqual(1)
    // The first fast release went live after one build; its index at most the maximum wait later
    // (plus the build that may be running at that moment).
    expect(indexes[0]!.at - started).toBeGreaterThan(QUIET)
    expect(indexes[0]!.at - started).toBeLessThanOrEqual(BUILD_MS + MAX_WAIT + BUILD_MS)
    // Every publish still got built: the index only ran in between.
    expect(starts.filter(({ task }) => task === 'build').length).toBeGreaterThanOrEqual(19)
  })

  it('gives way to a publish that arrives while it waits', async () => {
    const queue = queueWith()
    queue.request('w')
    await vi.advanceTimersByTimeAsync(BUILD_MS + QUIET / 2)
    queue.request('w')
    await vi.advanceTimersByTimeAsync(BUILD_MS)
    expect(tasks).toEqual(['build', 'build'])
    expect(queue.statusOf('w')!.searchPending).toBe(true)
    await vi.advanceTimersByTimeAsync(QUIET + BUILD_MS)
    expect(tasks).toEqual(['build', 'build', 'index r2'])
  })

  it('is not needed after a full build, which indexes everything itself', async () => {
    const queue = queueWith(false)
    queue.request('w')
    await vi.advanceTimersByTimeAsync(BUILD_MS + QUIET + MAX_WAIT)
    expect(tasks).toEqual(['build'])
    expect(queue.statusOf('w')!.searchPending).toBe(false)
  })
})
