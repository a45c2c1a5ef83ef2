import { getCollection } from 'astro:content'

import { byName, type Org, type Theme } from './organisation'
import { once } from './once'

// Kept apart from organisation.ts: astro:content only exists inside Astro, and the pure helpers are unit-tested.

export const getOrganisations: () => Promise<readonly Org[]> = once(async () => (await getCollection('organisations')).map((entry) => entry.data).sort(byName))

export const getThemes: () => Promise<readonly Theme[]> = once(async () => (await getCollection('themes')).map((entry) => entry.data).sort(byName))
