import type { CollectionBeforeValidateHook } from 'payload'

const FOUR_WEEKS = 28 * 24 * 60 * 60 * 1000

/** A prikbord post that nobody closes should not hang there forever. */
export const defaultExpiry: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation === 'create' && data && !data.expiresAt) data.expiresAt = new Date(Date.now() + FOUR_WEEKS).toISOString()
  return data
}
