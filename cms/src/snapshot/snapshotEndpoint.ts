import type { Endpoint, PayloadRequest } from 'payload'

import { timingSafeEqual } from 'node:crypto'

import { secret } from '../env'
import { buildSnapshot, SnapshotInvalidError } from './buildSnapshot'

const bearerMatches = (req: PayloadRequest): boolean => {
  const header = req.headers.get('authorization') ?? ''
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7).trim() : '')
  const expected = Buffer.from(secret('SNAPSHOT_TOKEN'))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * GET /api/wijken/:slug/snapshot — all published content of one wijk for the site builder.
 * Authenticated with the SNAPSHOT_TOKEN bearer token, not a user session: the builder is a service.
 */
export const snapshotEndpoint: Endpoint = {
  path: '/:slug/snapshot',
  method: 'get',
  handler: async (req) => {
    if (!bearerMatches(req)) {
      return Response.json(
        { error: 'A valid snapshot token is required (Authorization: Bearer <SNAPSHOT_TOKEN>).' },
        { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="snapshot"' } },
      )
    }
    const slug = String(req.routeParams?.slug ?? '')
    try {
      const snapshot = await buildSnapshot(req.payload, slug)
      if (!snapshot) return Response.json({ error: `No wijk with slug "${slug}".` }, { status: 404 })
      return Response.json(snapshot, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (!(error instanceof SnapshotInvalidError)) throw error
      req.payload.logger.error({ msg: `Snapshot for ${slug} failed validation`, issues: error.issues })
      return Response.json({ error: error.message, issues: error.issues }, { status: 500 })
    }
  },
}
