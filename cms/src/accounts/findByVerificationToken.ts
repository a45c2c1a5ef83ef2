import type { PayloadRequest } from 'payload'

/** The unconfirmed account a mail's link is for, or undefined (used up, or never valid). */
export const findByVerificationToken = async (req: PayloadRequest, token: string) => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { _verificationToken: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return docs[0]
}
