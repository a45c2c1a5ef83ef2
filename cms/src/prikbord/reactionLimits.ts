import { createRateLimiter } from '@wijk/shared/rateLimit'

import { mayMailPoster } from '../email/recipientLimit'

const HOUR = 60 * 60_000
const DAY = 24 * HOUR

/** Per client (the public endpoint's own limit): a family behind one address may react a few times. */
export const REACTION_CLIENT_LIMIT = { max: 10, windowMs: HOUR }
/** Per responder address, from however many clients: one person cannot pester every poster. */
const REACTION_SENDER_LIMIT = { max: 5, windowMs: DAY }
/** Per post: a popular vraag gets enough answers; a flood against one poster stops here. */
const REACTION_POST_LIMIT = { max: 10, windowMs: DAY }
/** The answer page's forms (answer, close): a poster may mistype; a token guesser gets nowhere. */
export const ANSWER_CLIENT_LIMIT = { max: 20, windowMs: HOUR }

const bySender = createRateLimiter(REACTION_SENDER_LIMIT)
const byPost = createRateLimiter(REACTION_POST_LIMIT)

export const LIMIT_MESSAGES = {
  sender: 'Je hebt vandaag al veel reacties gestuurd. Probeer het morgen opnieuw.',
  post: 'Op dit bericht is vandaag al vaak gereageerd. Probeer het morgen opnieuw, of neem contact op met de redactie.',
  poster: 'De schrijver van dit bericht heeft vandaag al veel reacties gekregen. Probeer het morgen opnieuw.',
} as const

/** Counts one reaction against each limit in turn; the first that is full names the refusal. */
export const reactionLimitReached = async (senderEmail: string, postId: number, posterEmail: string): Promise<keyof typeof LIMIT_MESSAGES | null> => {
  if (!(await bySender.consume(senderEmail.trim().toLowerCase())).allowed) return 'sender'
  if (!(await byPost.consume(String(postId))).allowed) return 'post'
  if (!(await mayMailPoster(posterEmail))) return 'poster'
  return null
}
