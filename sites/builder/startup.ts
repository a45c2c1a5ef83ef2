/**
 * Helpers for `pnpm start` (scripts/start.ts), which starts the builder next to the CMS.
 */
import type { WijkStatus } from './wijkStatus.ts'

/** The demo wijken `pnpm seed` creates. */
const DEMO_WIJKEN = ['delfshaven', 'kanaleneiland']

/**
 * The wijken to build at start-up: BUILDER_WIJKEN (comma-separated) when set, else the demo wijken.
 * The CMS has no list of wijken a service may read (GET /api/wijken needs a user session, and a
 * refused request is logged as an error), so the list is not fetched. Wijken built before are picked
 * up from the out folder by the builder itself, and any other wijk is built on its first publish.
 */
export const listWijken = (): string[] => {
  const fromEnv = (process.env.BUILDER_WIJKEN ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return fromEnv.length ? fromEnv : DEMO_WIJKEN
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Polls the builder's /status until every wijk has a live site or a failed build (its first attempt;
 * the builder keeps retrying in the background). Gives up after `timeoutMs`.
 */
type SiteResult = { wijk: string; ok: boolean; message?: string }

/** With BUILDER_STATUS_TOKEN set the builder answers /status only to that Bearer token. */
const statusHeaders = (): Record<string, string> => (process.env.BUILDER_STATUS_TOKEN ? { Authorization: `Bearer ${process.env.BUILDER_STATUS_TOKEN}` } : {})

export const waitForSites = async (builderUrl: string, wijken: string[], timeoutMs = 10 * 60_000): Promise<SiteResult[]> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const { wijken: status } = (await (await fetch(`${builderUrl}/status`, { headers: statusHeaders() })).json()) as {
        wijken: Record<string, WijkStatus | undefined>
      }
      const done = wijken.map((wijk): SiteResult | null => {
        const s = status[wijk]
        if (s?.current && (s.state === 'idle' || s.state === 'failed')) return { wijk, ok: true }
        if (s?.state === 'failed') return { wijk, ok: false, message: s.lastError?.message ?? 'onbekende fout' }
        return null
      })
      if (done.every((result) => result !== null)) return done as SiteResult[]
    } catch {
      // the builder is still starting
    }
    await sleep(500)
  }
  return wijken.map((wijk) => ({ wijk, ok: false, message: 'nog niet klaar; zie /status' }))
}
