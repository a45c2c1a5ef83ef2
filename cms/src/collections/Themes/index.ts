import type { CollectionConfig } from 'payload'

import { isAuthenticated } from '../../access/isAuthenticated'
import { isEditor } from '../../access/isEditor'
import { slugField } from '../../fields/slugField'
import { hiddenFromWriters } from '../../access/hiddenFromWriters'
import { rememberThemeMembers, syncNetworkOnThemeDelete } from './hooks/syncNetworkOnDelete'
import { syncNetworkOnRename } from './hooks/syncNetworkOnRename'

/** Per-wijk themes (welzijn, eten, taal, …) that organise the network directory. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: 'Thema', plural: "Thema's" },
  admin: { hidden: hiddenFromWriters, useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Netwerk' },
  access: { read: isAuthenticated, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [syncNetworkOnRename], beforeDelete: [rememberThemeMembers], afterDelete: [syncNetworkOnThemeDelete] },
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true },
    slugField('themes', 'name'),
    { name: 'description', type: 'textarea', label: 'Korte uitleg', maxLength: 300 },
  ],
}
