/**
 * Helpers for `pnpm start` (scripts/start.mjs), which starts the builder next to the CMS.
 */
import type { WijkStatus } from './wijkStatus.ts'

/** The demo wijken `pnpm seed` creates: built when the CMS cannot list its wijken to a service. */
const DEMO_WIJKEN = ['delfshaven', 'kanaleneiland']

/**
 * The wijken to build at start-up. BUILDER_WIJKEN (comma-separated) when set; otherwise the CMS's
 * list (`GET /api/wijken`, which needs a user session today, so with the snapshot token it usually
 * answers 401/403); otherwise the demo wijken. A slug the CMS does not know fails its build with a
 * clear message and is not retried.
 */
export const listWijken = async (cmsUrl: string, token: string | undefined): Promise<string[]> => {
  const fromEnv = (process.env.BUILDER_WIJKEN ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  if (fromEnv.length) return fromEnv
  try {
    const response = await fetch(`${cmsUrl}/api/wijken?limit=100&depth=0`, { headers: { Authorization: `Bearer ${token}` } })
    const docs = response.ok ? ((await response.json()) as { docs?: { slug?: string }[] }).docs ?? [] : []
    const slugs = docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
    if (slugs.length) return slugs
  } catch {
    // fall through to the demo wijken
  }
  return DEMO_WIJKEN
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Polls the builder's /status until every wijk has a live site or a failed build (its first attempt;
 * the builder keeps retrying in the background). Gives up after `timeoutMs`.
 */
type SiteResult = { wijk: string; ok: boolean; message?: string }

export const waitForSites = async (builderUrl: string, wijken: string[], timeoutMs = 10 * 60_000): Promise<SiteResult[]> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const { wijken: status } = (await (await fetch(`${builderUrl}/status`)).json()) as { wijken: Record<string, WijkStatus | undefined> }
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
