import { readdirSync } from 'node:fs'
import path from 'node:path'

import { RESERVED_SLUGS, type SluggedCollection } from '@wijk/shared/slug'
import { wijkSnapshotSchema } from '@wijk/shared/snapshot'
import { describe, expect, it } from 'vitest'

import { snapshot } from './helpers/builtSite'

/** The folder under src/pages that holds one page per item of each collection. */
const FOLDER_OF: Record<SluggedCollection, string> = { events: 'agenda', organisations: 'organisaties', articles: 'buurtkrant', themes: 'themas' }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The fixed page and folder names next to a collection's [slug] pages, that a slug could take. */
const fixedNames = (folder: string) =>
  readdirSync(path.join(import.meta.dirname, '../src/pages', folder))
    .filter((name) => !name.startsWith('['))
    .map((name) => name.replace(/\.(astro|ts)$/, ''))
    .filter((name) => name !== 'index' && SLUG.test(name))

describe('reserved slugs', () => {
  it.each(Object.entries(FOLDER_OF) as [SluggedCollection, string][])('cover every fixed page next to the %s pages (/%s/…)', (collection, folder) => {
    expect([...RESERVED_SLUGS[collection]].sort()).toEqual(fixedNames(folder).sort())
  })

  it('make a snapshot with an event called "print" fail validation instead of losing a page', () => {
    const events = snapshot.events.map((event, i) => (i === 0 ? { ...event, slug: 'print' } : event))
    const result = wijkSnapshotSchema.safeParse({ ...snapshot, events })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: ['events', 0, 'slug'], message: expect.stringContaining('"print"') }))
  })
})
