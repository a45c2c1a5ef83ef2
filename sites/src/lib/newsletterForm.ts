import { cmsUrl } from './cmsUrl'

/** Where the newsletter forms post (the CMS's POST /api/nieuwsbrief); the address is a build setting. */
export const newsletterAction = (): string => `${cmsUrl()}/api/nieuwsbrief`

/**
 * The interests a resident can tick; the names are the CMS's checkbox fields and become Mailchimp
 * tags (cms/src/newsletter/interests.ts: keep the two lists the same).
 */
export const NEWSLETTER_INTERESTS = [
  { value: 'agenda', label: 'De agenda: activiteiten in de wijk' },
  { value: 'buurtkrant', label: 'De buurtkrant: nieuws en verhalen' },
  { value: 'vrijwilligerswerk', label: 'Vrijwilligerswerk: waar hulp nodig is' },
] as const
