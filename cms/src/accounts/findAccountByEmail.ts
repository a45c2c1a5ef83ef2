import type { Payload, PayloadRequest } from 'payload'

import type { User } from '../payload-types'

/** An account with the hidden fields its confirmation state lives in. */
export type AccountWithVerification = User & { _verified?: boolean | null; _verificationToken?: string | null }

/** The account of an address, whoever asks (registration, sign-in links), with its confirmation state. */
export const findAccountByEmail = async (payload: Payload, email: string, req?: PayloadRequest): Promise<AccountWithVerification | null> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return (docs[0] as AccountWithVerification | undefined) ?? null
}
