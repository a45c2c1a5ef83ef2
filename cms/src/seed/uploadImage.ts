import type { Payload } from 'payload'

/** Uploads generated image bytes as a media document of one wijk; returns its id. */
export const uploadImage = async (payload: Payload, tenant: number, name: string, data: Buffer, alt: string): Promise<number> => {
  const mimetype = name.endsWith('.jpg') ? 'image/jpeg' : 'image/png'
  const doc = await payload.create({
    collection: 'media',
    data: { tenant, alt },
    file: { data, mimetype, name, size: data.length },
    overrideAccess: true,
    depth: 0,
  })
  return doc.id as number
}
