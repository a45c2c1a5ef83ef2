import type { CollectionBeforeChangeHook, Field } from 'payload'

/**
 * Who uploaded the image: it counts towards their quota and they may keep seeing it while the post
 * it belongs to waits for the redactie. Set by the server from the signed-in account, never by the client.
 */
export const uploadedByField: Field = {
  name: 'uploadedBy',
  type: 'relationship',
  relationTo: 'users',
  label: 'Geüpload door',
  index: true,
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
}

export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user ? { ...data, uploadedBy: req.user.id } : data
