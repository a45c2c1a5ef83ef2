/**
 * Issue 15, finding 2: an editor could repoint their wijk at another wijk's Mailchimp lists (one
 * platform key reaches every list: read its waiting addresses, push signups, erase people) and change
 * its domain. Domain and Mailchimp settings are admin-only; the redactie keeps the rest of the wijk.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayloadWorld } from '../../helpers/payload'
import { restApi } from '../../helpers/restApi'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World
let rest: ReturnType<typeof restApi>

const OWN = { newsletterAudienceId: 'delfsnieuws', networkAudienceId: 'delfsnetwerk' }
const OTHER = { newsletterAudienceId: 'kanaalnieuws', networkAudienceId: 'kanaalnetwerk' }

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
  rest = restApi(payload)
  await payload.update({ collection: 'wijken', id: world.wijkA.id, data: { mailchimp: OWN } as never, overrideAccess: true })
  await payload.update({ collection: 'wijken', id: world.wijkB.id, data: { mailchimp: OTHER } as never, overrideAccess: true })
})
afterAll(async () => payload?.destroy())

const stored = (id: number) => payload.findByID({ collection: 'wijken', id, overrideAccess: true, depth: 0 })

describe('PATCH /api/wijken/:id: domain and Mailchimp settings are for admins only', () => {
  it('an editor’s own wijk keeps its domain and lists when the editor tries to change them', async () => {
    const { editorA } = world.users
    await rest('PATCH', `/wijken/${world.wijkA.id}`, { as: editorA.email, json: { domain: 'evil.example', mailchimp: OTHER } })
    await rest('PATCH', `/wijken/${world.wijkA.id}`, { as: editorA.email, json: { mailchimp: { newsletterAudienceId: OTHER.newsletterAudienceId } } })
    await rest('PATCH', `/wijken/${world.wijkA.id}`, { as: editorA.email, json: { 'mailchimp.networkAudienceId': OTHER.networkAudienceId } })
    expect(await stored(world.wijkA.id)).toMatchObject({ domain: 'delfshaven.localhost', mailchimp: OWN })
  })

  it('the editor still edits the rest of the wijk in the same save', async () => {
    const answer = await rest('PATCH', `/wijken/${world.wijkA.id}`, {
      as: world.users.editorA.email,
      json: { tagline: 'Samen in Delfshaven', domain: 'evil.example', mailchimp: OTHER },
    })
    expect(answer.status).toBe(200)
    expect(await stored(world.wijkA.id)).toMatchObject({ tagline: 'Samen in Delfshaven', domain: 'delfshaven.localhost', mailchimp: OWN })
  })

  it('an editor cannot touch another wijk at all', async () => {
    const answer = await rest('PATCH', `/wijken/${world.wijkB.id}`, { as: world.users.editorA.email, json: { domain: 'evil.example', mailchimp: OWN } })
    expect(answer.status).toBeOneOf([403, 404])
    expect(await stored(world.wijkB.id)).toMatchObject({ domain: 'kanaleneiland.localhost', mailchimp: OTHER })
  })

  it('writers and partners change nothing', async () => {
    for (const user of [world.users.writerA, world.users.partnerA]) {
      const answer = await rest('PATCH', `/wijken/${world.wijkA.id}`, { as: user.email, json: { domain: 'evil.example', mailchimp: OTHER } })
      expect(answer.status).toBe(403)
    }
    expect(await stored(world.wijkA.id)).toMatchObject({ domain: 'delfshaven.localhost', mailchimp: OWN })
  })

  it('an admin changes domain and lists', async () => {
    const changed = { newsletterAudienceId: 'delfsnieuws2', networkAudienceId: 'delfsnetwerk2' }
    const answer = await rest('PATCH', `/wijken/${world.wijkA.id}`, {
      as: world.users.admin.email,
      json: { domain: 'delfshavenlokaal.nl', mailchimp: changed },
    })
    expect(answer.status).toBe(200)
    expect(await stored(world.wijkA.id)).toMatchObject({ domain: 'delfshavenlokaal.nl', mailchimp: changed })
  })
})
