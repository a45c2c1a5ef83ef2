import { createHash } from 'node:crypto'

/** Mailchimp's member id: the MD5 of the lower-cased e-mail address. */
export const subscriberHash = (email: string): string => createHash('md5').update(email.trim().toLowerCase()).digest('hex')
