import type { Endpoint } from 'payload'

import { createRateLimiter } from '@wijk/shared/rateLimit'

import { canRebuildWijk } from '../access/canRebuildWijk'
import { builderUrl } from '../env'
import { queueBuildWebhook } from './queueBuildWebhook'

const ID = /^[A-Za-z0-9]{1,64}$/
const rebuildLimiter = createRateLimiter({ max: 3, windowMs: 60_000 })

const answer = (status: number, message: string) => Response.json({ message }, { status })

/**
 * POST /api/wijken/:id/rebuild — "Nu opnieuw bouwen" in the admin: queues a `manual` build
 * webhook for this wijk. Same delivery path, signing and retries as a publish.
 */
export const rebuildEndpoint: Endpoint = {
  path: '/:id/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return answer(401, 'Log eerst in om de site opnieuw te laten bouwen.')
    const id = String(req.routeParams?.id ?? '')
    if (!ID.test(id)) return answer(400, 'Onbekende wijk.')
    if (!canRebuildWijk(req, id)) return answer(403, 'Alleen de redactie van deze wijk kan de site opnieuw laten bouwen.')
    const wijk = await req.payload.findByID({ collection: 'wijken', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!wijk) return answer(404, 'Deze wijk bestaat niet (meer).')
    if (!builderUrl()) return answer(503, 'Er is geen sitebouwer ingesteld (BUILDER_URL=off).')
    if (!(await rebuildLimiter.consume(String(req.user.id))).allowed)
      return answer(429, 'Je hebt net al een paar keer opnieuw laten bouwen. Wacht een minuut en probeer het dan nog eens.')
    await queueBuildWebhook(req, { wijk: wijk.slug, reason: 'manual', collection: 'wijken', id: wijk.id })
    return answer(202, 'De site wordt opnieuw gebouwd.')
  },
}
