import { publicCmsUrl } from '../env'

/** The API paths of the prikbord reactions (under Payload's /api). */
export const REACTION_PATHS = {
  react: '/prikbord/reageren',
  answerPage: '/prikbord/antwoord/:reaction/:token',
  answer: '/prikbord/antwoorden',
  close: '/prikbord/sluiten',
} as const

/** The link in the poster's mail: a page of the CMS where the poster answers (or closes the post). */
export const answerPageUrl = (reactionId: number | string, token: string): string =>
  `${publicCmsUrl()}/api/prikbord/antwoord/${encodeURIComponent(String(reactionId))}/${encodeURIComponent(token)}`
