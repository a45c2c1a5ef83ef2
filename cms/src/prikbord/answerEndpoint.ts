import { runMailJobs } from '../email/runMailJobs'
import { MAIL_QUEUE, MAIL_TASK } from '../jobs/queues'
import type { MailLogRow } from '../email/mailLogField'
import { publicEndpoint, type PublicResult } from '../public/publicEndpoint'
import { reactionByLink } from './reactionByLink'
import { ANSWER_CLIENT_LIMIT } from './reactionLimits'
import { answerPageUrl, REACTION_PATHS } from './reactionLinks'
import { posterCopyMail, responderMail } from './reactionMails'
import { answerSchema, LINK_DOES_NOT_WORK } from './reactionSchema'

/** After a form post: back to the same answer page (now "Je antwoord is verstuurd"). */
export const BACK_TO_PAGE = '?klaar'

const ALREADY = 'Je hebt deze reactie al beantwoord. Je antwoord is verstuurd; kijk in je e-mail voor het adres om verder te mailen.'

/**
 * POST /api/prikbord/antwoorden — the answer form on the page the poster's mail links to. Only now
 * does each side learn the other's address: the responder gets the answer with Reply-To the poster,
 * the poster gets the responder's address. A link answers once.
 */
export const answerEndpoint = publicEndpoint({
  path: REACTION_PATHS.answer,
  schema: answerSchema,
  rateLimit: ANSWER_CLIENT_LIMIT,
  thankYouPath: BACK_TO_PAGE,
  handle: async ({ reaction: reactionId, token, answer }, { req }): Promise<PublicResult> => {
    const { payload } = req
    const linked = await reactionByLink(payload, reactionId, token)
    if (!linked.ok) return { ok: false, status: linked.status, message: linked.message, errors: { token: linked.message } }
    const { reaction, post, wijk, poster } = linked
    if (!poster?.email) return { ok: false, status: 400, message: LINK_DOES_NOT_WORK }
    if (reaction.answeredAt) return { ok: false, status: 409, message: ALREADY }

    const about = { wijkName: wijk.name, postTitle: post.title ?? '', posterName: post.authorName ?? '' }
    const mails = [responderMail(reaction, about, answer, poster.email), posterCopyMail(poster.email, reaction, about, answer)]
    const rows: MailLogRow[] = mails.map(({ key, to, purpose }) => ({ key, to, purpose, state: 'pending', attempts: 0 }))
    // Only the first answer wins: the update names "not answered yet", so two posts at once send one answer.
    const { docs } = await payload.update({
      collection: 'post-reactions',
      where: { and: [{ id: { equals: reaction.id } }, { answeredAt: { exists: false } }] },
      data: { answer, answeredAt: new Date().toISOString(), mailLog: [...(reaction.mailLog ?? []), ...rows] } as never,
      overrideAccess: true,
      depth: 0,
    })
    if (docs.length === 0) return { ok: false, status: 409, message: ALREADY }
    for (const { key, purpose: _purpose, ...mail } of mails) {
      await payload.jobs.queue({
        task: MAIL_TASK as never,
        queue: MAIL_QUEUE,
        input: { ...mail, track: { collection: 'post-reactions', id: String(reaction.id), key } } as never,
      })
    }
    void runMailJobs(payload)
    return { ok: true, message: `Je antwoord is verstuurd naar ${reaction.name}.`, siteUrl: answerPageUrl(reaction.id, token) }
  },
})
