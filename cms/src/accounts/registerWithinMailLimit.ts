import type { PayloadRequest } from 'payload'

import { mayMailTypedAddress } from '../email/recipientLimit'
import { findWijkBySlug } from './findWijkBySlug'
import { registerAccount, type RegistrationOutcome } from './registerAccount'
import type { Registration } from './registrationSchema'

/**
 * Every registration mails the address it names (confirm, or "you already have an account"). Once that
 * address has had its share (email/recipientLimit.ts), a registration is answered as accepted but
 * nothing is stored or sent: the same answer as always, and no more mail to someone who never asked.
 */
export const registerWithinMailLimit = async (req: PayloadRequest, input: Registration): Promise<RegistrationOutcome> => {
  const wijk = await findWijkBySlug(req, input.wijk)
  if (wijk && !(await mayMailTypedAddress(input.email))) return { ok: true, wijk }
  return registerAccount(req, input)
}
