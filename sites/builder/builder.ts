import { rmSync } from 'node:fs'
import type { Server } from 'node:http'

import { createRateLimiter } from '@wijk/shared/rateLimit'

import { createBuildQueue } from './queue/buildQueue.ts'
import { createBuilderServer } from './http/builderServer.ts'
import type { BuilderConfig } from './config.ts'
import { scheduleMidnightRuns } from './queue/midnightSchedule.ts'
import { publishBuild, publishSearchIndex } from './release/publishBuild.ts'
import { currentLink, currentReleaseId, partialReleases, wijkenOnDisk } from './release/releaseLayout.ts'
import { createReplayGuard } from './http/replayGuard.ts'
import { createStatusAccess } from './http/statusAccess.ts'
import { createBuildRunner } from './queue/runBuildWorker.ts'
import { readWijkInfo } from './release/wijkInfo.ts'
import type { WijkStatus } from './wijkStatus.ts'

const hostnameOf = (siteUrl: string) => {
  try {
    return new URL(siteUrl).hostname.toLowerCase()
  } catch {
    return null
  }
}

/**
 * The whole builder: queue, HTTP server, midnight rebuilds. Picks up wijken built by earlier runs
 * from the out folder (their domains and last builds) and builds the `initialWijken` that have no
 * live release yet.
 */
export const createBuilder = (config: BuilderConfig, log: (message: string) => void) => {
  const byDomain = new Map<string, string>()
  const names = new Map<string, string>()
  const remember = (wijk: string, name: string, siteUrl: string) => {
    names.set(wijk, name)
    const hostname = hostnameOf(siteUrl)
    if (hostname) byDomain.set(hostname, wijk)
  }

  const runner = createBuildRunner(config.buildTimeoutMs)
  const queue = createBuildQueue({
    retryDelaysMs: config.retryDelaysMs,
    searchQuietMs: config.searchQuietMs,
    searchMaxWaitMs: config.searchMaxWaitMs,
    log,
    index: (wijk, forRelease, onWorker) => publishSearchIndex(config, runner, wijk, forRelease, onWorker),
    build: async (wijk, onWorker) => {
      const result = await publishBuild(config, runner, wijk, onWorker)
      const info = readWijkInfo(config.outRoot, wijk)
      if (info) remember(wijk, info.name, info.siteUrl)
      return result
    },
  })

  for (const wijk of wijkenOnDisk(config.outRoot)) {
    // Leftovers of a build that was running when the builder stopped.
    for (const partial of partialReleases(config.outRoot, wijk)) rmSync(partial, { recursive: true, force: true })
    const info = readWijkInfo(config.outRoot, wijk)
    if (info) remember(wijk, info.name, info.siteUrl)
    queue.know(wijk, info?.lastSuccess ?? null)
  }

  const status = (): Record<string, WijkStatus> =>
    Object.fromEntries(queue.knownWijken().map((wijk) => [wijk, { ...queue.statusOf(wijk)!, current: currentReleaseId(config.outRoot, wijk) }]))

  const server: Server = createBuilderServer({
    port: config.port,
    webhook: {
      secret: config.webhookSecret,
      replayGuard: createReplayGuard(),
      rateLimiter: createRateLimiter({ max: config.webhooksPerMinute, windowMs: 60_000 }),
      trustProxyHops: config.trustProxyHops,
      onBuildRequest: ({ wijk, reason, collection, id }) => {
        log(`${wijk}: wijziging ontvangen (${reason} ${collection}${id === null ? '' : ` ${id}`})`)
        queue.request(wijk)
      },
    },
    status,
    statusAccess: createStatusAccess(config.statusToken),
    known: () => new Set(queue.knownWijken()),
    byDomain: () => byDomain,
    names: () => names,
    currentLinkOf: (wijk) => currentLink(config.outRoot, wijk),
    mijnCmsUrl: config.cmsUrl,
  })

  let stopMidnight = () => {}

  return {
    server,
    queue,
    status,
    start: () =>
      new Promise<void>((resolve) => {
        server.listen(config.port, config.host, () => {
          for (const wijk of config.initialWijken) {
            queue.know(wijk, null)
            if (config.buildOnStart === 'all' || !currentReleaseId(config.outRoot, wijk)) queue.request(wijk)
          }
          if (config.midnightRebuild)
            stopMidnight = scheduleMidnightRuns(() => {
              log('middernacht: alle wijken opnieuw bouwen (vandaag en deze week schuiven door)')
              for (const wijk of queue.knownWijken()) queue.request(wijk)
            })
          resolve()
        })
      }),
    /** Stops timers, kills a running build (its partial release is removed on the next start) and closes the server. */
    stop: () => {
      stopMidnight()
      queue.stop()
      runner.stop()
      server.closeAllConnections()
      server.close()
    },
  }
}
