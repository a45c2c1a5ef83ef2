import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { isEditorRole, roleOf } from '../../access/roles'

const DAY_MS = 24 * 60 * 60 * 1000

/** A whole number ≥ 0 from the environment, or the default. Read per upload, so a restart is enough to change it. */
const limitFrom = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return process.env[name]?.trim() && Number.isInteger(value) && value >= 0 ? value : fallback
}

/**
 * Residents and partners register themselves, so their uploads are limited: a few images a day is
 * plenty for prikbord posts, articles and an organisation's logo and events; the total keeps one
 * account from filling the disk over time. The redactie and admins have no quota.
 */
const uploadQuota = () => ({
  perDay: limitFrom('MEDIA_UPLOAD_QUOTA_PER_DAY', 20),
  total: limitFrom('MEDIA_UPLOAD_QUOTA_TOTAL', 200),
})

const quotaRefusal = (message: string) => {
  const error = new APIError(message, 429, undefined, true)
  // A named error keeps its message in the production bundle (see editorial/refusal.ts).
  error.name = 'TooManyRequests'
  return error
}

const uploadsBy = async (req: PayloadRequest, userId: number | string, since?: Date) =>
  (
    await req.payload.count({
      collection: 'media',
      where: { and: [{ uploadedBy: { equals: userId } }, ...(since ? [{ createdAt: { greater_than: since.toISOString() } }] : [])] },
      overrideAccess: true,
      req,
    })
  ).totalDocs

/**
 * Refuses an upload over the account's quota before the file is processed or stored. Writes made
 * by the system (overrideAccess, e.g. the seed) are not a person's uploads and are not counted against.
 * Two uploads at the same instant may both pass the last free place: the quota is a brake, not a ledger.
 */
export const enforceUploadQuota: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || !req.user || (args as { overrideAccess?: boolean }).overrideAccess) return args
  if (isEditorRole(roleOf(req))) return args
  const { perDay, total } = uploadQuota()
  if ((await uploadsBy(req, req.user.id)) >= total) {
    throw quotaRefusal(
      `Je hebt het maximum van ${total} afbeeldingen bereikt. Vraag de redactie van je wijk om afbeeldingen die je niet meer gebruikt te verwijderen.`,
    )
  }
  if ((await uploadsBy(req, req.user.id, new Date(Date.now() - DAY_MS))) >= perDay) {
    throw quotaRefusal(`Je hebt in de afgelopen 24 uur al ${perDay} afbeeldingen geüpload, het maximum per dag. Probeer het morgen opnieuw.`)
  }
  return args
}
