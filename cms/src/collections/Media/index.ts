import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { isAuthenticated } from '../../access/isAuthenticated'
import { isEditor } from '../../access/isEditor'
import { canReadMedia, canUpdateMedia } from './access/mediaAccess'
import { enforceUploadQuota } from './uploadQuota'
import { recordUploader, uploadedByField } from './uploadedByField'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * Images. The public reads those the sites show (the static sites link to them); uploads by residents
 * and partners are limited (uploadQuota). Alt text is required for every image.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Afbeelding', plural: 'Afbeeldingen' },
  admin: { group: 'Netwerk' },
  access: { read: canReadMedia, create: isAuthenticated, update: canUpdateMedia, delete: isEditor },
  hooks: { beforeOperation: [enforceUploadQuota], beforeChange: [recordUploader] },
  upload: {
    staticDir: process.env.MEDIA_DIR ? path.resolve(process.env.MEDIA_DIR) : path.join(cmsRoot, 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/svg+xml'],
    imageSizes: [
      { name: 'thumbnail', width: 300, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    // Payload sends no validators for files, so without a lifetime the site builder (Astro) downloads
    // and re-encodes every image on every publish. A replaced upload gets a new file name, so a day is safe.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'public, max-age=86400')
      return headers
    },
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Beschrijving voor wie niet kan zien (alt-tekst)',
      required: true,
      admin: { description: 'Beschrijf kort wat er op de foto staat, bijvoorbeeld "Bewoners koken samen in het buurthuis".' },
    },
    { name: 'credit', type: 'text', label: 'Fotograaf / bron' },
    uploadedByField,
  ],
}
