import type { Payload } from 'payload'

/** The redactie of a wijk: every editor account with this wijk on it. */
export const editorEmailsOf = async (payload: Payload, wijkId: number): Promise<string[]> => {
  const found = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'editor' } }, { 'tenants.tenant': { equals: wijkId } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  return found.docs.map((user) => user.email)
}
