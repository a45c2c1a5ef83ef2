import type { CollectionSlug, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../src/access/roles'
import { type Actor, outcome } from '../helpers/actors'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload.destroy())

type Verdict = 'allowed' | 'denied'
const Y: Verdict = 'allowed'
const N: Verdict = 'denied'
type Expect = Record<Role, Verdict>
const byRole = (admin: Verdict, editor: Verdict, writer: Verdict, partner: Verdict): Expect => ({ admin, editor, writer, partner })

const actorFor = (role: Role): Actor =>
  ({ admin: world.users.admin, editor: world.users.editorA, writer: world.users.writerA, partner: world.users.partnerA })[role]

const as = (role: Role) => ({ user: actorFor(role), overrideAccess: false })
const read = (collection: CollectionSlug, id: () => number) => (role: Role) => payload.findByID({ collection, id: id(), ...as(role) })
type Data = Record<string, unknown> | (() => Record<string, unknown>)
const update = (collection: CollectionSlug, id: () => number, data: Data) => (role: Role) =>
  payload.update({ collection, id: id(), data: (typeof data === 'function' ? data() : data) as never, ...as(role) })
const remove = (collection: CollectionSlug, id: () => number) => (role: Role) => payload.delete({ collection, id: id(), ...as(role) })
const create = (collection: CollectionSlug, data: () => Record<string, unknown>) => (role: Role) =>
  payload.create({ collection, data: data() as never, ...as(role) })

/** Every case runs as each role of wijk A (the admin belongs to no wijk and sees all). */
const cases: [string, (role: Role) => Promise<unknown>, Expect][] = [
  ['wijken: read own wijk', read('wijken', () => world.wijkA.id), byRole(Y, Y, Y, Y)],
  [
    'wijken: create',
    create('wijken', () => ({ name: 'Nieuw', slug: `nieuw-${Math.random().toString(36).slice(2, 7)}`, domain: `n${Date.now()}.localhost` })),
    byRole(Y, N, N, N),
  ],
  ['wijken: update own wijk', update('wijken', () => world.wijkA.id, { tagline: 'Samen in de wijk' }), byRole(Y, Y, N, N)],
  ['themes: read', read('themes', () => world.themeA.id), byRole(Y, Y, Y, Y)],
  ['themes: create', create('themes', () => ({ tenant: world.wijkA.id, name: `Thema ${Math.random()}` })), byRole(Y, Y, N, N)],
  ['themes: update', update('themes', () => world.themeA.id, { description: 'Samen eten.' }), byRole(Y, Y, N, N)],
  ['organisations: read', read('organisations', () => world.orgA2.id), byRole(Y, Y, Y, Y)],
  ['organisations: create', create('organisations', () => ({ tenant: world.wijkA.id, name: `Org ${Math.random()}`, summary: 'x' })), byRole(Y, Y, N, N)],
  ['organisations: update own organisation (draft)', update('organisations', () => world.orgA1.id, { summary: 'Nieuwe zin.' }), byRole(Y, Y, N, Y)],
  ['organisations: update another organisation', update('organisations', () => world.orgA2.id, { summary: 'Overgenomen.' }), byRole(Y, Y, N, N)],
  ['events: read', read('events', () => world.eventA2.id), byRole(Y, Y, Y, Y)],
  [
    'events: create for own organisation',
    create('events', () => ({
      tenant: world.wijkA.id,
      title: `Act ${Math.random()}`,
      summary: 'x',
      category: 'ontmoeting',
      organisation: world.orgA1.id,
      startsAt: new Date(Date.now() + 864e5).toISOString(),
    })),
    byRole(Y, Y, N, Y),
  ],
  [
    'events: create for another organisation',
    create('events', () => ({
      tenant: world.wijkA.id,
      title: `Act ${Math.random()}`,
      summary: 'x',
      category: 'ontmoeting',
      organisation: world.orgA2.id,
      startsAt: new Date(Date.now() + 864e5).toISOString(),
    })),
    byRole(Y, Y, N, N),
  ],
  ['events: update own organisation’s event', update('events', () => world.eventA1.id, { summary: 'Anders.' }), byRole(Y, Y, N, Y)],
  ['events: update another organisation’s event', update('events', () => world.eventA2.id, { summary: 'Anders.' }), byRole(Y, Y, N, N)],
  [
    'events: move own event to another organisation',
    update(
      'events',
      () => world.eventA1.id,
      () => ({ organisation: world.orgA2.id }),
    ),
    byRole(Y, Y, N, N),
  ],
  [
    'articles: create a draft',
    create('articles', () => ({ tenant: world.wijkA.id, title: `Stuk ${Math.random()}`, lead: 'x', body: world.articleOfWriterA.body, authorName: 'Ik' })),
    byRole(Y, Y, Y, N),
  ],
  ['articles: read someone else’s draft', read('articles', () => world.articleOfOtherWriterA.id), byRole(Y, Y, N, N)],
  ['articles: update someone else’s draft', update('articles', () => world.articleOfOtherWriterA.id, { lead: 'Gewijzigd.' }), byRole(Y, Y, N, N)],
  ['articles: update own draft', update('articles', () => world.articleOfWriterA.id, { lead: 'Beter.' }), byRole(Y, Y, Y, N)],
  [
    'posts: create',
    create('posts', () => ({ tenant: world.wijkA.id, kind: 'aanbod', title: 'Fiets', body: 'Gratis fiets.', authorName: 'Ik' })),
    byRole(Y, Y, Y, Y),
  ],
  ['posts: read someone else’s unpublished post', read('posts', () => world.postOfOtherWriterA.id), byRole(Y, Y, N, N)],
  ['posts: update someone else’s post', update('posts', () => world.postOfOtherWriterA.id, { body: 'Weg.' }), byRole(Y, Y, N, N)],
  ['requests: read one addressed to the partner', read('requests', () => world.requestToA1.id), byRole(Y, Y, N, Y)],
  ['requests: read one addressed to another organisation', read('requests', () => world.requestToA2.id), byRole(Y, Y, N, N)],
  ['requests: mark one addressed to the partner as handled', update('requests', () => world.requestToA1.id, { status: 'done' }), byRole(Y, Y, N, Y)],
  [
    'requests: create in the admin',
    create('requests', () => ({ tenant: world.wijkA.id, kind: 'idea', name: 'Sam', email: 'sam@example.nl' })),
    byRole(Y, Y, N, N),
  ],
  ['users: read another account', read('users', () => world.users.otherWriterA.id), byRole(Y, Y, N, N)],
  ['users: update another resident', update('users', () => world.users.otherWriterA.id, { name: 'Andere naam' }), byRole(Y, Y, N, N)],
  [
    'users: create a resident in the own wijk',
    create('users', () => ({
      name: 'Nieuw',
      email: `n${Math.random()}@test.nl`,
      password: 'lang-wachtwoord-1',
      role: 'writer',
      tenants: [{ tenant: world.wijkA.id }],
    })),
    byRole(Y, Y, N, N),
  ],
  [
    'users: create an editor',
    create('users', () => ({
      name: 'Red',
      email: `r${Math.random()}@test.nl`,
      password: 'lang-wachtwoord-1',
      role: 'editor',
      tenants: [{ tenant: world.wijkA.id }],
    })),
    byRole(Y, N, N, N),
  ],
  ['articles: delete someone else’s draft', remove('articles', () => world.articleOfOtherWriterA.id), byRole(Y, Y, N, N)],
  ['events: delete another organisation’s event', remove('events', () => world.eventA2.id), byRole(Y, Y, N, N)],
  ['organisations: delete', remove('organisations', () => world.orgA2.id), byRole(Y, Y, N, N)],
]

describe('access matrix within one wijk', () => {
  // Deletes come last in the table and run admin last, so earlier rows still find their documents.
  const order: Role[] = ['writer', 'partner', 'editor', 'admin']
  it.each(cases)('%s', async (_name, operation, expected) => {
    for (const role of order) {
      const verdict = await outcome(() => operation(role))
      expect({ role, verdict }).toEqual({ role, verdict: expected[role] })
      if (verdict === 'allowed' && _name.includes('delete')) return
    }
  })
})

describe('tenant isolation: nobody of wijk A reaches wijk B', () => {
  const roles: Role[] = ['editor', 'writer', 'partner']
  const targets: [CollectionSlug, () => number][] = [
    ['wijken', () => world.wijkB.id],
    ['themes', () => world.themeB.id],
    ['organisations', () => world.orgB1.id],
    ['events', () => world.eventB1.id],
    ['articles', () => world.articleB.id],
    ['posts', () => world.postB.id],
    ['requests', () => world.requestToB1.id],
  ]
  it.each(targets)('%s of wijk B cannot be read, listed, updated or deleted', async (collection, id) => {
    for (const role of roles) {
      expect(await outcome(() => read(collection, id)(role))).toBe('denied')
      expect(await outcome(() => update(collection, id, { name: 'x', title: 'x', summary: 'x' })(role))).toBe('denied')
      expect(await outcome(() => remove(collection, id)(role))).toBe('denied')
      const listed = await payload.find({ collection, ...as(role), pagination: false }).then(
        (list) => list.docs.map((d) => d.id),
        (error: { status?: number }) => (error.status === 403 ? [] : Promise.reject(error)),
      )
      expect(listed).not.toContain(id())
    }
  })

  it('an editor cannot create content in another wijk', async () => {
    const attempt = () => payload.create({ collection: 'themes', data: { tenant: world.wijkB.id, name: 'Indringer' } as never, ...as('editor') })
    // The tenant plugin refuses the foreign wijk as an invalid choice (400) rather than a 403.
    await expect(attempt()).rejects.toMatchObject({ status: 400 })
    const { totalDocs } = await payload.count({ collection: 'themes', where: { name: { equals: 'Indringer' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('an editor cannot add people to a wijk they do not belong to', async () => {
    const attempt = () =>
      payload.create({
        collection: 'users',
        data: { name: 'X', email: `x${Date.now()}@test.nl`, password: 'lang-wachtwoord-1', role: 'writer', tenants: [{ tenant: world.wijkB.id }] } as never,
        ...as('editor'),
      })
    expect(await outcome(attempt)).toBe('denied')
  })

  it('the admin sees both wijken', async () => {
    const { docs } = await payload.find({ collection: 'organisations', ...as('admin'), pagination: false })
    const ids = docs.map((d) => d.id)
    expect(ids).toEqual(expect.arrayContaining([world.orgA1.id, world.orgB1.id]))
  })
})

describe('nobody raises their own rights', () => {
  it('a writer cannot make themselves admin or join another wijk', async () => {
    const writer = world.users.writerA
    await payload.update({
      collection: 'users',
      id: writer.id,
      data: { role: 'admin', tenants: [{ tenant: world.wijkA.id }, { tenant: world.wijkB.id }] } as never,
      ...as('writer'),
    })
    const after = await payload.findByID({ collection: 'users', id: writer.id, overrideAccess: true, depth: 0 })
    expect(after.role).toBe('writer')
    expect(after.tenants?.map((t) => t.tenant)).toEqual([world.wijkA.id])
  })

  it('a partner cannot switch to managing another organisation', async () => {
    const partner = world.users.partnerA
    await payload.update({ collection: 'users', id: partner.id, data: { organisation: world.orgA2.id } as never, ...as('partner') })
    const after = await payload.findByID({ collection: 'users', id: partner.id, overrideAccess: true, depth: 0 })
    expect(after.organisation).toBe(world.orgA1.id)
  })
})
