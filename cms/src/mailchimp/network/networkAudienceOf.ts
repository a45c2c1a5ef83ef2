import type { Payload, PayloadRequest } from 'payload'

export type NetworkWijk = { id: number | string; slug: string; audienceId: string }

/** The wijk with its network audience id, or null when it has none (then nothing goes to Mailchimp). */
export const networkWijk = async (payload: Payload, where: { id: number | string } | { slug: string }, req?: PayloadRequest): Promise<NetworkWijk | null> => {
  const { docs } = await payload.find({
    collection: 'wijken',
    where: 'id' in where ? { id: { equals: where.id } } : { slug: { equals: where.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const wijk = docs[0] as { id: number | string; slug: string; mailchimp?: { networkAudienceId?: string | null } | null } | undefined
  const audienceId = wijk?.mailchimp?.networkAudienceId?.trim()
  return wijk && audienceId ? { id: wijk.id, slug: wijk.slug, audienceId } : null
}
