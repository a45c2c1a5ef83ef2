import type { PayloadRequest } from 'payload'

/** A wijk by its slug, whoever asks (public forms name their wijk). */
export const findWijkBySlug = async (req: PayloadRequest, slug: string) => {
  const { docs } = await req.payload.find({ collection: 'wijken', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true, req })
  return docs[0] ?? null
}
