import { publicEndpoint, type PublicResult } from '../public/publicEndpoint'
import { BACK_TO_PAGE } from './answerEndpoint'
import { reactionByLink } from './reactionByLink'
import { ANSWER_CLIENT_LIMIT } from './reactionLimits'
import { answerPageUrl, REACTION_PATHS } from './reactionLinks'
import { closeSchema } from './reactionSchema'

/**
 * POST /api/prikbord/sluiten — "Sluit mijn oproep" on the answer page. Whoever has a working link
 * to a reaction on the post is its poster (the link went to their address only), answered or not.
 * Closing is the same save as the poster's own tick in the admin: the build webhook sends
 * `unpublish` and the post leaves the site at that rebuild. Closing twice changes nothing.
 */
export const closeEndpoint = publicEndpoint({
  path: REACTION_PATHS.close,
  schema: closeSchema,
  rateLimit: ANSWER_CLIENT_LIMIT,
  thankYouPath: BACK_TO_PAGE,
  handle: async ({ reaction: reactionId, token }, { req }): Promise<PublicResult> => {
    const linked = await reactionByLink(req.payload, reactionId, token)
    if (!linked.ok) return { ok: false, status: linked.status, message: linked.message, errors: { token: linked.message } }
    if (!linked.post.closed) {
      await req.payload.update({ collection: 'posts', id: linked.post.id, data: { closed: true }, overrideAccess: true, depth: 0 })
    }
    return {
      ok: true,
      message: 'Je oproep is gesloten. Hij gaat van het prikbord bij de volgende keer dat de website wordt bijgewerkt.',
      siteUrl: answerPageUrl(linked.reaction.id, token),
    }
  },
})
