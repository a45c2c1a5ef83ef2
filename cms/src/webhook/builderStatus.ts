import { z } from 'zod'

import { builderUrl } from '../env'

/** The builder's GET /status, per wijk. Only what the admin shows is checked. */
const wijkStatusSchema = z.object({
  state: z.enum(['idle', 'queued', 'building', 'failed']),
  current: z.string().nullable(),
  pending: z.boolean(),
  /** The pages of a fast publish are live; the search index follows in a release of its own. */
  searchPending: z.boolean().default(false),
  lastSuccess: z.object({ at: z.string(), releaseId: z.string(), seconds: z.number() }).nullable(),
  lastError: z.object({ at: z.string(), message: z.string() }).nullable(),
})
const statusSchema = z.object({ wijken: z.record(z.string(), wijkStatusSchema) })

export type WijkBuildStatus = z.infer<typeof wijkStatusSchema>

export type BuilderStatus = { reachable: true; wijk: WijkBuildStatus | null } | { reachable: false; reason: string }

/** The admin page must not wait on a builder that is down. */
const TIMEOUT_MS = 1_500

/** GET <origin of BUILDER_URL>/status: the webhook path may differ, the status lives at the root. */
const builderStatusUrl = (): string | null => {
  const url = builderUrl()
  return url ? new URL('/status', url).toString() : null
}

/** The builder answers /status only to its BUILDER_STATUS_TOKEN when it has one (production). */
const statusHeaders = (): Record<string, string> => {
  const token = process.env.BUILDER_STATUS_TOKEN
  return token ? { Authorization: `Bearer ${token}` } : {}
}

export const fetchBuilderStatus = async (wijk: string): Promise<BuilderStatus> => {
  const url = builderStatusUrl()
  if (!url) return { reachable: false, reason: 'off' }
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-store', headers: statusHeaders() })
    if (!response.ok) return { reachable: false, reason: `HTTP ${response.status}` }
    const parsed = statusSchema.safeParse(await response.json())
    if (!parsed.success) return { reachable: false, reason: 'onverwacht antwoord' }
    return { reachable: true, wijk: parsed.data.wijken[wijk] ?? null }
  } catch (error) {
    return { reachable: false, reason: error instanceof Error ? error.message : String(error) }
  }
}
