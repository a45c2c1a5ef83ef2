import type { ClientUser, Condition } from 'payload'

const isWriter = (user: unknown): boolean => (user as { role?: string } | null | undefined)?.role === 'writer'

/**
 * The writer's simplified admin: a resident who writes for the buurtkrant or posts on the
 * prikbord sees only those (and images), not the network, agenda or platform collections.
 * Only the menu: access rules decide what anyone may actually read or change.
 */
export const hiddenFromWriters = ({ user }: { user: ClientUser }): boolean => isWriter(user)

/** A field a writer does not need to see. */
export const notForWriters: Condition = (_data, _siblingData, { user }) => !isWriter(user)
