import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'

/**
 * Mijn buurt's sign-in links (mijn/signInLink/): one row per link mailed, holding only the SHA-256 of
 * its token (a database copy cannot be used to sign in), whose account, for which wijk, and until
 * when. Used up (deleted) by the post behind the link's button; a new link for the same account
 * replaces the old one. Never readable through the API; admins may look (and delete) for support.
 */
export const SignInLinks: CollectionConfig = {
  slug: 'sign-in-links',
  labels: { singular: 'Inloglink', plural: 'Inloglinks' },
  admin: { hidden: true },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true, access: { read: () => false } },
    // Not required: deleting an account (the privacy tool) sets these to null, and such a link signs nobody in.
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    { name: 'wijk', type: 'relationship', relationTo: 'wijken' },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
