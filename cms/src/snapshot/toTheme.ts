import type { SnapshotTheme } from '@wijk/shared/snapshot'

import type { Theme } from '../payload-types'

export const toTheme = (doc: Theme): SnapshotTheme => ({ id: String(doc.id), slug: doc.slug, name: doc.name, description: doc.description ?? '' })
