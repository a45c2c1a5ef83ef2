import { type BuildRequest, buildRequestSchema, signWebhook } from '@wijk/shared/webhook'

/** A slow builder must not hold the job runner: it should answer as soon as it has queued the build. */
const TIMEOUT_MS = 10_000

/**
 * One signed POST. Anything but a 2xx throws, so the jobs queue records the failure and retries.
 * The webhook id is the caller's: the same for every attempt of one delivery, so the builder can
 * drop a duplicate.
 */
export const sendWebhook = async (url: string, secret: string, webhookId: string, request: BuildRequest): Promise<number> => {
  const body = JSON.stringify(buildRequestSchema.parse(request))
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signWebhook(secret, webhookId, body) },
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  await response.body?.cancel()
  if (!response.ok) throw new Error(`Builder answered HTTP ${response.status} ${response.statusText}`.trim())
  return response.status
}
