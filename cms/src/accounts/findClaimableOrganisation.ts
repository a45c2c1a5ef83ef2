import type { PayloadRequest, Where } from 'payload'

/** Numeric ids on SQLite, ObjectIds on MongoDB; anything else can only be a slug. */
const looksLikeId = (value: string) => /^\d{1,12}$/.test(value) || /^[a-f0-9]{24}$/.test(value)

/**
 * The organisation a partner claims, by id or slug, and only within the wijk it registers in
 * (a claim can never reach another wijk's organisation). Published ones only: those are the ones
 * the site lists.
 */
export const findClaimableOrganisation = async (req: PayloadRequest, wijkId: number | string, idOrSlug: string) => {
  const which: Where[] = [{ slug: { equals: idOrSlug } }]
  if (looksLikeId(idOrSlug)) which.push({ id: { equals: idOrSlug } })
  const { docs } = await req.payload.find({
    collection: 'organisations',
    where: { and: [{ tenant: { equals: wijkId } }, { _status: { equals: 'published' } }, { or: which }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}
