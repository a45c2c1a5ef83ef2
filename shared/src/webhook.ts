/**
 * The CMS → builder webhook: its body and its signature, per the Standard Webhooks scheme
 * (https://www.standardwebhooks.com): `webhook-id`, `webhook-timestamp` (unix seconds) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`.
 * Replay protection (remembering ids) is the receiver's job: it needs state.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

export const BUILD_REASONS = ['publish', 'unpublish', 'delete', 'wijk', 'manual'] as const

/** What the CMS asks the builder to do: rebuild `wijk` because `collection`/`id` changed. */
export const buildRequestSchema = z.strictObject({
  wijk: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(80),
  reason: z.enum(BUILD_REASONS),
  collection: z
    .string()
    .regex(/^[a-z-]+$/)
    .max(40),
  id: z.union([z.string().max(64), z.number().int()]).nullable(),
})
export type BuildRequest = z.infer<typeof buildRequestSchema>

/** How far a timestamp may be from the receiver's clock (the scheme's recommended 5 minutes). */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60

export type WebhookHeaders = { 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string }

/** `whsec_<base64>` secrets are the scheme's format; any other string is used as its UTF-8 bytes. */
const keyOf = (secret: string): Buffer => (secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret, 'utf8'))

const signatureOf = (secret: string, id: string, timestamp: string, body: string) =>
  createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')

export const signWebhook = (secret: string, id: string, body: string, now = new Date()): WebhookHeaders => {
  const timestamp = String(Math.floor(now.getTime() / 1000))
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signatureOf(secret, id, timestamp, body)}` }
}

export type WebhookVerdict = { ok: true; id: string } | { ok: false; reason: string }

const sameBytes = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * Checks headers and the raw body (verify before parsing: re-serialised JSON would not match).
 * The signature header may hold several space-separated signatures (key rotation); one match is enough.
 */
export const verifyWebhook = (
  secret: string,
  headers: Partial<Record<keyof WebhookHeaders, string | undefined>>,
  body: string,
  now = new Date(),
): WebhookVerdict => {
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  const signatures = headers['webhook-signature']
  if (!id || !timestamp || !signatures) return { ok: false, reason: 'missing webhook headers' }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' }
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) return { ok: false, reason: 'timestamp outside tolerance' }
  const expected = signatureOf(secret, id, timestamp, body)
  const match = signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',', 2)
    return version === 'v1' && signature !== undefined && sameBytes(signature, expected)
  })
  return match ? { ok: true, id } : { ok: false, reason: 'signature mismatch' }
}
