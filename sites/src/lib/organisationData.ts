import type { SnapshotEvent } from '@wijk/shared/snapshot'

import { getCollection } from 'astro:content'

import { byName, type Org, type Theme } from './organisation'

// Kept apart from organisation.ts: astro:content only exists inside Astro, and the pure helpers are unit-tested.

export const getOrganisations = async (): Promise<Org[]> =>
  (await getCollection('organisations')).map((entry) => entry.data).sort(byName)

export const getThemes = async (): Promise<Theme[]> => (await getCollection('themes')).map((entry) => entry.data).sort(byName)

/** Events in the snapshot shape, so lib/agenda.ts can expand them. */
export const getEvents = async (): Promise<SnapshotEvent[]> =>
  (await getCollection('events')).map((entry) => ({ ...entry.data, id: entry.id }))
