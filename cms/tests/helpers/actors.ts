import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

export type Actor = User & { collection: 'users' }

/** A user as Payload's Local API expects it in `user:` (the auth collection name attached). */
export const createActor = async (payload: Payload, role: Role, wijkIds: (number | string)[], extra: Partial<User> = {}): Promise<Actor> => {
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    // Test accounts are confirmed at once, like the seed's; registration tests make their own.
    disableVerificationEmail: true,
    data: {
      _verified: true,
      name: `${role} ${wijkIds.join('+')}`,
      email: `${role}-${wijkIds.join('-')}-${Math.random().toString(36).slice(2, 8)}@test.nl`,
      password: 'correct-horse-battery',
      role,
      tenants: wijkIds.map((tenant) => ({ tenant: tenant as number })),
      ...extra,
    },
  })
  return { ...user, collection: 'users' }
}

/** Runs an operation as someone; tells whether Payload allowed it (403/404 count as denied). */
export const outcome = async (operation: () => Promise<unknown>): Promise<'allowed' | 'denied'> => {
  try {
    await operation()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return 'denied'
    throw error
  }
}
