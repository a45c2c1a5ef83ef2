/**
 * Theme names are tags in the network audience: renaming or deleting a theme re-tags the members of
 * every published organisation that carries it. The official client talks to the fake Mailchimp.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FakeMailchimp } from '../helpers/fakeMailchimp'
import { startMailchimpWorld, stopMailchimpWorld } from '../helpers/mailchimpWorld'
import type { World } from '../helpers/world'

const API_KEY = 'themetestkey-us21'
const AUDIENCE = 'net456themes'

let payload: Payload
let world: World
let fake: FakeMailchimp

beforeAll(async () => {
  ;({ fake, payload, world } = await startMailchimpWorld({ apiKey: API_KEY, retryBaseMs: 200 }))
  fake.addList(AUDIENCE, ['NAME', 'ORG'])
  await payload.update({ collection: 'wijken', id: world.wijkA.id, data: { mailchimp: { networkAudienceId: AUDIENCE } } as never, overrideAccess: true })
})
afterAll(() => stopMailchimpWorld(payload, fake))

const activeTags = (email: string) => (fake.member(AUDIENCE, email)?.tags ?? []).map((tag) => tag.name).sort()

const eventually = async (what: string, check: () => boolean, timeoutMs = 10_000) => {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('theme changes reach the network audience', () => {
  it('a renamed theme renames the tag of every member that has it; a deleted theme drops its tag', async () => {
    const theme = await payload.create({ collection: 'themes', data: { tenant: world.wijkA.id, name: 'Sport' } as never, overrideAccess: true })
    for (const [name, email] of [
      ['Sportclub Noord', 'sport-noord@example.nl'],
      ['Sportclub Zuid', 'sport-zuid@example.nl'],
    ]) {
      await payload.create({
        collection: 'organisations',
        data: { tenant: world.wijkA.id, name, summary: `${name}.`, themes: [theme.id, world.themeA.id], contact: { email }, _status: 'published' } as never,
        overrideAccess: true,
      })
    }
    const emails = ['sport-noord@example.nl', 'sport-zuid@example.nl']
    await eventually('both members tagged Sport', () => emails.every((email) => activeTags(email).includes('Sport')))

    await payload.update({ collection: 'themes', id: theme.id, data: { name: 'Sport en spel' }, overrideAccess: true })
    await eventually('the renamed tag', () => emails.every((email) => activeTags(email).includes('Sport en spel')))
    for (const email of emails) expect(activeTags(email)).toEqual(['Eten', 'Sport en spel', 'delfshaven'])

    await payload.delete({ collection: 'themes', id: theme.id, overrideAccess: true })
    await eventually('the tag gone', () => emails.every((email) => !activeTags(email).includes('Sport en spel')))
    for (const email of emails) expect(activeTags(email)).toEqual(['Eten', 'delfshaven'])
  })
})
