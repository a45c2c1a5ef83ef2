import type { PayloadRequest } from 'payload'

import { resetPasswordMail } from './mails/resetPasswordMail'
import { verificationMail } from './mails/verificationMail'
import { wijkNameOfUser } from './wijkOfUser'

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string; tenants?: { tenant?: unknown }[] | null } }

const nameOf = (user: Args['user']) => user?.name?.trim() || 'buur'

const verification = async ({ req, token, user }: Args) =>
  verificationMail({ wijkName: req && user ? await wijkNameOfUser(req, user) : 'het Wijkplatform', token: token ?? '' })

/**
 * Payload's own auth mails in Dutch: the verification mail Payload sends when the redactie creates an
 * account in the admin, and the reset mail of the admin's "Wachtwoord vergeten". The registration
 * form queues the same verification mail itself (see registerEndpoint).
 */
export const authEmails = {
  verify: {
    generateEmailSubject: async (args: Args) => (await verification(args)).subject,
    generateEmailHTML: async (args: Args) => (await verification(args)).html,
  },
  forgotPassword: {
    generateEmailSubject: () => resetPasswordMail({ name: '', token: '' }).subject,
    generateEmailHTML: (args: Args = {}) => resetPasswordMail({ name: nameOf(args.user), token: args.token ?? '' }).html,
  },
}
