import type { Payload } from 'payload'

import type { Role } from '../access/roles'

export const DEMO_PASSWORD = 'wijkdemo-2026'

export type DemoAccount = { role: Role; email: string; name: string }

/** One account per role, so a newcomer can see the admin as each kind of user. */
const demoAccounts = (wijkSlug: string): DemoAccount[] => [
  { role: 'admin', email: 'beheer@wijkplatform.test', name: 'Platformbeheer' },
  { role: 'editor', email: `redactie@${wijkSlug}.test`, name: 'Samira (redactie)' },
  { role: 'writer', email: `bewoner@${wijkSlug}.test`, name: 'Henk (bewoner)' },
  { role: 'partner', email: `partner@${wijkSlug}.test`, name: 'Priya (partner)' },
]

export const createDemoUsers = async (payload: Payload, wijkId: number, wijkSlug: string, partnerOrganisationId: number): Promise<DemoAccount[]> => {
  const accounts = demoAccounts(wijkSlug)
  for (const account of accounts) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: account.email } }, limit: 1, overrideAccess: true })
    if (existing.docs[0]) await payload.delete({ collection: 'users', id: existing.docs[0].id, overrideAccess: true })
    // Demo accounts work at once: they are created confirmed, without a verification mail.
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: {
        ...account,
        _verified: true,
        password: DEMO_PASSWORD,
        tenants: account.role === 'admin' ? [] : [{ tenant: wijkId }],
        organisation: account.role === 'partner' ? partnerOrganisationId : undefined,
      },
    })
  }
  return accounts
}
