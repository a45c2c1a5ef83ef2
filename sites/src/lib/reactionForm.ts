import { cmsUrl } from './cmsUrl'

/**
 * Where the "Reageer" form under a prikbord post posts: the CMS's POST /api/prikbord/reageren
 * (cms/src/prikbord/reactEndpoint.ts), which relays the message to the poster by mail.
 */
export const reactionAction = (): string => `${cmsUrl()}/api/prikbord/reageren`

/** The fields the CMS reads (cms/src/prikbord/reactionSchema.ts), plus the honeypot `website`. */
export const REACTION_FIELDS = ['post', 'wijk', 'website', 'name', 'email', 'message', 'consent'] as const

/** Ids unique on the page: every post on /prikbord/ has its own form. */
export const reactionIds = (postId: string) => {
  const base = `reageer-${postId}`
  return {
    name: `${base}-naam`,
    email: `${base}-email`,
    emailHint: `${base}-email-uitleg`,
    message: `${base}-bericht`,
    messageHint: `${base}-bericht-uitleg`,
    consent: `${base}-toestemming`,
    website: `${base}-website`,
  }
}
