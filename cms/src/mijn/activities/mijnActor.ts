import type { Payload } from 'payload'

import type { User, Wijken } from '../../payload-types'

/** The signed-in person of a Mijn buurt request and the wijk whose site it came through (core's session). */
export type MijnActor = { payload: Payload; user: User; wijk: Wijken }

/** Local API options for the person's own access: never overrideAccess for their data. */
export const asActor = ({ user }: Pick<MijnActor, 'user'>) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false as const })

export const idOfRef = (ref: unknown): number | undefined =>
  typeof ref === 'number' ? ref : ref && typeof ref === 'object' && typeof (ref as { id?: unknown }).id === 'number' ? (ref as { id: number }).id : undefined

/** A partner's own organisation (its account's link), or undefined. */
export const partnerOrganisationId = (user: User): number | undefined => (user.role === 'partner' ? idOfRef(user.organisation) : undefined)
