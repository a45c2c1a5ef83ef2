import type { CollectionSlug, TextField, Where } from 'payload'

import { isReservedSlug, slugify } from '@wijk/shared/slug'

import { idOf } from '../access/roles'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A URL slug, filled from `sourceField` when left empty, unique within one wijk
 * (two wijken may both have an "/organisaties/buurthuis/"), and never one of the site's own pages
 * next to the collection's (RESERVED_SLUGS: /agenda/print/ is the print agenda).
 */
export const slugField = (collection: CollectionSlug, sourceField: string): TextField => ({
  name: 'slug',
  type: 'text',
  label: 'Webadres (slug)',
  index: true,
  admin: { position: 'sidebar', description: 'Wordt automatisch gemaakt uit de naam. Alleen kleine letters, cijfers en streepjes.' },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }) => (typeof value === 'string' && value.trim() ? slugify(value) : slugify(String(siblingData?.[sourceField] ?? ''))),
    ],
  },
  // Not `required`: the admin validates before hooks run, and an empty slug is filled from the name.
  validate: async (value, { data, id, req, siblingData }) => {
    if (!value) return (siblingData as Record<string, unknown>)?.[sourceField] ? true : 'Vul een webadres in.'
    if (!SLUG_PATTERN.test(value)) return 'Gebruik alleen kleine letters, cijfers en streepjes.'
    if (isReservedSlug(collection, value)) {
      return `Het webadres "${value}" is al van een pagina van de site zelf. Kies een ander, bijvoorbeeld "${value}-${new Date().getFullYear()}".`
    }
    const tenant = idOf((data as { tenant?: never })?.tenant)
    if (tenant === undefined) return true
    const where: Where = { and: [{ slug: { equals: value } }, { tenant: { equals: tenant } }] }
    if (id !== undefined) where.and!.push({ id: { not_equals: id } })
    const { totalDocs } = await req.payload.count({ collection, where, req, overrideAccess: true })
    return totalDocs === 0 ? true : `Het webadres "${value}" is in deze wijk al in gebruik. Kies een ander.`
  },
})
