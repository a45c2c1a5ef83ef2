import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { editorEmailsOf } from '../requests/editorsOf'
import { type AccountWithVerification, findAccountByEmail } from './findAccountByEmail'
import { findClaimableOrganisation } from './findClaimableOrganisation'
import { findWijkBySlug } from './findWijkBySlug'
import { alreadyRegisteredMail } from './mails/alreadyRegisteredMail'
import { unconfirmedAccountMail } from './mails/unconfirmedAccountMail'
import { newClaimMail } from './mails/newClaimMail'
import { verificationMail } from './mails/verificationMail'
import { hashAsForANewAccount, unknownPassword } from './passwordWork'
import type { Registration } from './registrationSchema'
import { sendAccountMail } from './sendAccountMail'

type Wijk = NonNullable<Awaited<ReturnType<typeof findWijkBySlug>>>

/** Accepted (also for an address that already has an account), or refused with what to fix. */
export type RegistrationOutcome = { ok: true; wijk: Wijk } | { ok: false; field: 'wijk' | 'organisation'; message: string }

type ExistingAccount = Pick<AccountWithVerification, 'name' | '_verified' | '_verificationToken'>

/** A confirmed account hears that it exists; an unconfirmed one gets its confirmation link again. */
const mailExistingAccount = (req: PayloadRequest, email: string, account: ExistingAccount, wijkName: string) =>
  sendAccountMail(
    req,
    email,
    !account._verified && account._verificationToken
      ? unconfirmedAccountMail({ wijkName, token: account._verificationToken })
      : alreadyRegisteredMail({ name: account.name, wijkName }),
  )

/** Two registrations of one address at the same moment: the database's unique index decides. */
const isDuplicateEmail = (error: unknown) => error instanceof ValidationError && error.data.errors.some((issue) => issue.path === 'email')

/**
 * The account is made with a password nobody knows: the owner of the address chooses it on the
 * confirmation page (see confirmEndpoint). So whoever fills in the form with someone else's address
 * never holds a password of the account that address's owner confirms.
 */
const createAccount = (req: PayloadRequest, input: Registration, wijk: Wijk) =>
  req.payload.create({
    collection: 'users',
    data: {
      name: input.name,
      email: input.email,
      password: unknownPassword(),
      role: input.role === 'partner' ? 'partner' : 'writer',
      tenants: [{ tenant: wijk.id }],
      consentAt: new Date().toISOString(),
    },
    // The verification mail goes through the mail queue below (retried), not Payload's direct send.
    disableVerificationEmail: true,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })

/** A partner's claim waits for the redactie of its wijk (see the OrganisationClaims collection). */
const createClaim = async ({ payload }: PayloadRequest, input: Registration, wijk: Wijk, userId: number | string, organisationId?: number | string) =>
  payload.create({
    collection: 'organisation-claims',
    data: {
      tenant: wijk.id,
      user: userId,
      organisation: organisationId,
      proposedName: organisationId === undefined ? input.newOrganisation : undefined,
      status: 'pending',
    } as never,
    overrideAccess: true,
    // Not with the visitor's request: the tenant plugin refuses a wijk chosen by an anonymous REST
    // request. A server-side (local) write may set it; the wijk was checked above.
  })

/** Every editor of the wijk hears of a new claim, so a partner does not wait unseen. */
const tellRedactie = async (req: PayloadRequest, input: Registration, wijk: Wijk, claimId: number | string, organisationName: string) => {
  const mail = newClaimMail({ claimId, partnerName: input.name, partnerEmail: input.email, organisationName, isNew: !input.organisation })
  for (const editor of await editorEmailsOf(req.payload, wijk.id)) await sendAccountMail(req, editor, mail)
}

/**
 * Registers a resident (role writer) or a partner in one wijk. The account is stored first and the
 * verification mail queued with it, so an accepted registration is never lost. An address that
 * already has an account gets the same answer after the same work (a password hash and one queued
 * mail; nothing tells a stranger who has an account here): its owner gets a "je hebt al een account"
 * mail, or the confirmation link again while the account is unconfirmed. Nothing of an existing
 * account changes.
 */
export const registerAccount = async (req: PayloadRequest, input: Registration): Promise<RegistrationOutcome> => {
  const wijk = await findWijkBySlug(req, input.wijk)
  if (!wijk) return { ok: false, field: 'wijk', message: 'Deze wijk kennen we niet. Maak je account op de site van je wijk.' }
  const organisation = input.role === 'partner' && input.organisation ? await findClaimableOrganisation(req, wijk.id, input.organisation) : null
  if (input.role === 'partner' && input.organisation && !organisation) {
    return {
      ok: false,
      field: 'organisation',
      message: 'Deze organisatie staat niet op de site van je wijk. Kies er een uit de lijst, of vul de naam van je organisatie in.',
    }
  }
  const existing = await findAccountByEmail(req.payload, input.email, req)
  if (existing) {
    await hashAsForANewAccount()
    await mailExistingAccount(req, input.email, existing, wijk.name)
    return { ok: true, wijk }
  }
  let user: Awaited<ReturnType<typeof createAccount>>
  try {
    user = await createAccount(req, input, wijk)
  } catch (error) {
    if (!isDuplicateEmail(error)) throw error
    await sendAccountMail(req, input.email, alreadyRegisteredMail({ name: input.name, wijkName: wijk.name }))
    return { ok: true, wijk }
  }
  if (input.role === 'partner') {
    const claim = await createClaim(req, input, wijk, user.id, organisation?.id)
    await tellRedactie(req, input, wijk, claim.id, organisation?.name ?? input.newOrganisation ?? '')
  }
  const token = (user as { _verificationToken?: string | null })._verificationToken
  if (!token) throw new Error(`No verification token for new user ${user.id}`)
  await sendAccountMail(req, input.email, verificationMail({ wijkName: wijk.name, token }))
  return { ok: true, wijk }
}
