import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { getMijnSession } from '../../../../../mijn/session/getMijnSession'

const SIZES = new Set(['thumbnail', 'card', 'hero'])

const notFound = () => new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * GET /mijn/foto/<id>/?maat=card: a photo for the resident's own form and preview. The wijk's domain
 * passes only /mijn/ to the CMS, and a photo waiting with its piece is not public: read with the
 * resident's own access (their uploads and what the sites show), in their wijk.
 */
export const GET = async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const session = await getMijnSession(request.headers)
  const { id } = await params
  if (!session || !/^\d{1,12}$/.test(id)) return notFound()
  const { payload, user, wijk } = session
  const { docs } = await payload.find({
    collection: 'media',
    where: { and: [{ id: { equals: Number(id) } }, { tenant: { equals: wijk.id } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const media = docs[0]
  if (!media?.filename) return notFound()
  const size = new URL(request.url).searchParams.get('maat')
  const variant = size && SIZES.has(size) ? media.sizes?.[size as 'card']?.filename : null
  const file = variant ?? media.filename
  const mimeType = (variant ? media.sizes?.[size as 'card']?.mimeType : media.mimeType) ?? 'application/octet-stream'
  const dir = payload.collections.media.config.upload.staticDir ?? ''
  try {
    const data = await readFile(path.join(dir, path.basename(file)))
    return new Response(new Uint8Array(data), {
      headers: { 'content-type': mimeType, 'cache-control': 'private, max-age=300', 'x-content-type-options': 'nosniff' },
    })
  } catch {
    return notFound()
  }
}
