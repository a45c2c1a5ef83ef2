import { createPayloadRequest, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifyEndpoint } from '../../src/accounts/verifyEndpoint'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload.destroy())

/** A new, unconfirmed resident of a wijk (the redactie creates it, so the verification mail goes out) and its token. */
const unconfirmedResident = async (wijkId: number | string) => {
  const email = `bevestig-${Date.now()}-${Math.random().toString(36).slice(2)}@bewoner.test`
  const user = await payload.create({
    collection: 'users',
    data: { name: 'Nieuwe Buur', email, password: 'lang-wachtwoord-1', role: 'writer', tenants: [{ tenant: wijkId as number }] },
    overrideAccess: true,
  })
  const stored = await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, showHiddenFields: true, depth: 0 })
  return String((stored as { _verificationToken?: string })._verificationToken)
}

/** GET /api/account/bevestigen/:token, the page the verification mail's link opens. */
const confirmationPage = async (token: string) => {
  const request = new Request(`http://cms.test/api/account/bevestigen/${token}`)
  const req = await createPayloadRequest({ config: payload.config, request })
  req.routeParams = { token }
  return verifyEndpoint.handler(req)
}

const formAction = (response: Response) => /form-action ([^;]+)/.exec(response.headers.get('content-security-policy') ?? '')?.[1]?.split(' ')

describe('the confirmation page lets its form lead on to the wijk site', () => {
  // Browsers apply form-action to the redirect after a post: with only 'self', Chromium blocked the
  // button's post (its answer is a 303 to the wijk site's "klaar" page) and the resident saw an error.
  it('names the wijk site (any port for a local demo site) beside the CMS itself', async () => {
    const response = await confirmationPage(await unconfirmedResident(world.wijkA.id))
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Bevestig mijn account')
    const site = `http://${world.wijkA.domain}`
    expect(formAction(response)).toEqual(["'self'", site, `${site}:*`])
  })

  it('a wijk on its own domain: only that https origin', async () => {
    await payload.update({ collection: 'wijken', id: world.wijkB.id, data: { domain: 'wijkb-lokaal.nl' }, overrideAccess: true })
    const response = await confirmationPage(await unconfirmedResident(world.wijkB.id))
    expect(formAction(response)).toEqual(["'self'", 'https://wijkb-lokaal.nl'])
  })

  it('a link that does not work gets a page without any other target', async () => {
    const response = await confirmationPage('0'.repeat(40))
    expect(response.status).toBe(400)
    expect(formAction(response)).toEqual(["'self'"])
  })
})
