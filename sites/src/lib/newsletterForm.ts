import { cmsUrl } from './cmsUrl'

/** Where the newsletter forms post (the CMS's POST /api/nieuwsbrief); the address is a build setting. */
export const newsletterAction = (): string => `${cmsUrl()}/api/nieuwsbrief`
