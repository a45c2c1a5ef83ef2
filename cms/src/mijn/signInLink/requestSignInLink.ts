import { createLocalReq, type Payload } from 'payload'

import { findAccountByEmail } from '../../accounts/findAccountByEmail'
import { unconfirmedAccountMail } from '../../accounts/mails/unconfirmedAccountMail'
import { sendAccountMail } from '../../accounts/sendAccountMail'
import { mayMailTypedAddress } from '../../email/recipientLimit'
import type { Wijken } from '../../payload-types'
import { belongsToWijk, isMijnRole } from '../session/getMijnSession'
import { wijkSiteUrl } from '../wijk/wijkForRequest'
import { hashOfLinkToken, LINK_LIFETIME_MS, newLinkToken } from './linkToken'
import { signInLinkMail } from './signInLinkMail'

/**
 * "Stuur mij een inloglink": whatever the address, the caller answers the same. Only a resident or
 * partner account of this wijk gets a mail:
 * - confirmed: a new single-use link (30 minutes; an earlier unused link of the account stops working);
 * - not yet confirmed: the confirmation link again (a sign-in link would skip choosing a password and
 *   confirming; confirming first is the one way in, as for a password).
 * Nothing for an unknown address, an editor or an account of another wijk. Mails to one address are
 * limited (email/recipientLimit.ts), counted for every request, so the limit tells nothing either.
 */
export const requestSignInLink = async (payload: Payload, headers: Headers, wijk: Wijken, email: string): Promise<void> => {
  if (!(await mayMailTypedAddress(email))) return
  const account = await findAccountByEmail(payload, email)
  if (!account || !isMijnRole(account.role) || !belongsToWijk(account, wijk)) return
  const req = await createLocalReq({ req: { headers } as never }, payload)
  if (account._verified === false) {
    if (account._verificationToken)
      await sendAccountMail(req, account.email, unconfirmedAccountMail({ wijkName: wijk.name, token: account._verificationToken }))
    return
  }
  const token = newLinkToken()
  // This account's earlier link, and every expired one (of anyone), go: a table of live links only.
  await payload.delete({
    collection: 'sign-in-links',
    where: { or: [{ user: { equals: account.id } }, { expiresAt: { less_than: new Date().toISOString() } }] },
    overrideAccess: true,
    req,
  })
  await payload.create({
    collection: 'sign-in-links',
    data: { tokenHash: hashOfLinkToken(token), user: account.id, wijk: wijk.id, expiresAt: new Date(Date.now() + LINK_LIFETIME_MS).toISOString() },
    overrideAccess: true,
    req,
  })
  // Built from the wijk's own domain, never from a header: a forged host cannot send the link elsewhere.
  const link = new URL(`mijn/inloggen/link/${token}/`, wijkSiteUrl(wijk, headers)).toString()
  await sendAccountMail(req, account.email, signInLinkMail({ wijkName: wijk.name, link }))
}
