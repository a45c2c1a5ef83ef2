/**
 * Issue 15, finding 1 (HIGH): an editor demoted any account, the platform admin included, by creating
 * an already-approved organisation claim for it through REST. And finding 12 (claim part): a claim
 * whose linking step failed stayed approved and could not be retried.
 *
 * Claims are made by the registration only; an approval changes only a writer or partner of the
 * claim's own wijk, and it links the account in the same step or leaves the claim pending.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type Actor, createActor } from '../../helpers/actors'
import { startPayloadWorld } from '../../helpers/payload'
import { restApi } from '../../helpers/restApi'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World
let rest: ReturnType<typeof restApi>

beforeAll(async () => {
  ;({ payload, world } = await startPayloadWorld())
  rest = restApi(payload)
})
afterAll(async () => payload?.destroy())

const accountOf = (user: Actor) => payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, depth: 0 })
const claimOf = (id: number) => payload.findByID({ collection: 'organisation-claims', id, overrideAccess: true, depth: 0 })
const claimsFor = async (user: Actor) =>
  (await payload.count({ collection: 'organisation-claims', where: { user: { equals: user.id } }, overrideAccess: true })).totalDocs

/** A claim as the registration makes it: pending, in the account's wijk (system write, no REST). */
const systemClaim = async (user: Actor, tenant: number, claim: { organisation?: number; proposedName?: string }) =>
  payload.create({ collection: 'organisation-claims', data: { tenant, user: user.id, status: 'pending', ...claim } as never, overrideAccess: true })

const approve = (claimId: number, editor: Actor, extra: Record<string, unknown> = {}) =>
  rest('PATCH', `/organisation-claims/${claimId}`, { as: editor.email, json: { status: 'approved', ...extra } })

describe('finding 1: nobody creates a claim through REST', () => {
  it('the exact attack: an editor’s pre-approved claim for the admin is refused and the admin stays admin', async () => {
    const { admin, editorA } = world.users
    const answer = await rest('POST', '/organisation-claims', {
      as: editorA.email,
      json: { tenant: world.wijkA.id, organisation: world.orgA1.id, user: admin.id, status: 'approved' },
    })
    expect(answer.status).toBe(403)
    expect(await accountOf(admin)).toMatchObject({ role: 'admin' })
    expect((await accountOf(admin)).organisation ?? null).toBeNull()
    expect(await claimsFor(admin)).toBe(0)
  })

  it('variants: another wijk’s editor, a pending claim for an account of another wijk, an admin creating one', async () => {
    const { admin, editorA, editorB } = world.users
    const partnerB = await createActor(payload, 'partner', [world.wijkB.id])
    const attempts = [
      { as: editorB.email, json: { tenant: world.wijkA.id, organisation: world.orgA1.id, user: admin.id, status: 'approved' } },
      { as: editorB.email, json: { tenant: world.wijkB.id, organisation: world.orgB1.id, user: admin.id, status: 'approved' } },
      { as: editorA.email, json: { tenant: world.wijkA.id, organisation: world.orgA1.id, user: partnerB.id } },
      { as: editorA.email, json: { tenant: world.wijkA.id, organisation: world.orgA1.id, user: editorB.id, status: 'approved' } },
      // Claims record what someone asked for at registration; an admin links a partner on the account itself.
      { as: admin.email, json: { tenant: world.wijkA.id, organisation: world.orgA1.id, user: partnerB.id, status: 'approved' } },
    ]
    for (const attempt of attempts) {
      const answer = await rest('POST', '/organisation-claims', attempt)
      expect({ attempt: attempt.json, status: answer.status }).toEqual({ attempt: attempt.json, status: expect.toBeOneOf([400, 403]) })
    }
    expect(await accountOf(admin)).toMatchObject({ role: 'admin' })
    expect(await accountOf(editorB)).toMatchObject({ role: 'editor' })
    expect((await accountOf(partnerB)).organisation ?? null).toBeNull()
    for (const user of [admin, editorB, partnerB]) expect(await claimsFor(user)).toBe(0)
  })

  it('a claim cannot be created already approved, not even by the system', async () => {
    const partner = await createActor(payload, 'partner', [world.wijkA.id])
    const attempt = payload.create({
      collection: 'organisation-claims',
      data: { tenant: world.wijkA.id, user: partner.id, organisation: world.orgA2.id, status: 'approved' } as never,
      overrideAccess: true,
    })
    await expect(attempt).rejects.toMatchObject({ status: 400 })
    expect((await accountOf(partner)).organisation ?? null).toBeNull()
    expect(await claimsFor(partner)).toBe(0)
  })
})

describe('finding 1: an approval changes only a writer or partner of the claim’s own wijk', () => {
  it('PATCHing a pending claim’s user to the admin and approving links the claimant, never the admin', async () => {
    const partner = await createActor(payload, 'partner', [world.wijkA.id])
    const claim = await systemClaim(partner, world.wijkA.id, { organisation: world.orgA2.id })
    await rest('PATCH', `/organisation-claims/${claim.id}`, { as: world.users.editorA.email, json: { user: world.users.admin.id } })
    await approve(claim.id, world.users.editorA, { user: world.users.admin.id })
    expect(await accountOf(world.users.admin)).toMatchObject({ role: 'admin' })
    expect((await accountOf(world.users.admin)).organisation ?? null).toBeNull()
    expect(await claimOf(claim.id)).toMatchObject({ user: partner.id, status: 'approved' })
    expect(await accountOf(partner)).toMatchObject({ role: 'partner', organisation: world.orgA2.id })
  })

  it('a claim naming an editor or the admin (however it came to be) is refused on approval and stays pending', async () => {
    const editorA2 = await createActor(payload, 'editor', [world.wijkA.id])
    for (const target of [editorA2, world.users.admin]) {
      const claim = await systemClaim(target, world.wijkA.id, { organisation: world.orgA2.id })
      const answer = await approve(claim.id, world.users.editorA)
      expect(answer.status).toBe(400)
      expect(answer.body.errors[0].message).toMatch(/redacteur of beheerder/)
      expect((await claimOf(claim.id)).status).toBe('pending')
      expect(await accountOf(target)).toMatchObject({ role: target.role })
      expect((await accountOf(target)).organisation ?? null).toBeNull()
    }
  })

  it('a claim for an account of another wijk is refused on approval', async () => {
    const partnerB = await createActor(payload, 'partner', [world.wijkB.id])
    const claim = await systemClaim(partnerB, world.wijkA.id, { organisation: world.orgA2.id })
    const answer = await approve(claim.id, world.users.editorA)
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toMatch(/andere wijk/)
    expect((await claimOf(claim.id)).status).toBe('pending')
    expect((await accountOf(partnerB)).organisation ?? null).toBeNull()
  })

  it('a claim repointed at another wijk’s organisation is refused on approval', async () => {
    const partner = await createActor(payload, 'partner', [world.wijkA.id])
    const claim = await systemClaim(partner, world.wijkA.id, { organisation: world.orgA2.id })
    await rest('PATCH', `/organisation-claims/${claim.id}`, { as: world.users.editorA.email, json: { organisation: world.orgB1.id } })
    const answer = await approve(claim.id, world.users.editorA, { organisation: world.orgB1.id })
    expect(answer.status).toBe(400)
    expect((await claimOf(claim.id)).status).toBe('pending')
    expect((await accountOf(partner)).organisation ?? null).toBeNull()
  })

  it('another wijk’s editor cannot approve, and an ordinary approval still links the partner', async () => {
    const partner = await createActor(payload, 'partner', [world.wijkA.id])
    const claim = await systemClaim(partner, world.wijkA.id, { organisation: world.orgA2.id })
    expect((await approve(claim.id, world.users.editorB)).status).toBeOneOf([403, 404])
    expect((await claimOf(claim.id)).status).toBe('pending')
    const answer = await approve(claim.id, world.users.editorA)
    expect(answer.status).toBe(200)
    expect(await accountOf(partner)).toMatchObject({ role: 'partner', organisation: world.orgA2.id })
  })
})

describe('finding 12: an approval links the account in the same step, or the claim stays pending', () => {
  it('when linking fails the claim stays pending (no orphan organisation); approving again completes it', async () => {
    const partner = await createActor(payload, 'partner', [world.wijkA.id])
    const claim = await systemClaim(partner, world.wijkA.id, { proposedName: 'Moestuin Het Hof' })
    const update = payload.update.bind(payload)
    const failing = vi
      .spyOn(payload, 'update')
      .mockImplementation(((args: Parameters<Payload['update']>[0]) =>
        args.collection === 'users' ? Promise.reject(new Error('database went away')) : update(args as never)) as never)
    try {
      const answer = await approve(claim.id, world.users.editorA)
      expect(answer.status).toBeGreaterThanOrEqual(400)
    } finally {
      failing.mockRestore()
    }
    expect((await claimOf(claim.id)).status).toBe('pending')
    expect((await accountOf(partner)).organisation ?? null).toBeNull()
    const orphans = await payload.count({ collection: 'organisations', where: { name: { equals: 'Moestuin Het Hof' } }, overrideAccess: true })
    expect(orphans.totalDocs).toBe(0)

    const retried = await approve(claim.id, world.users.editorA)
    expect(retried.status).toBe(200)
    const decided = await claimOf(claim.id)
    expect(decided.status).toBe('approved')
    expect(await accountOf(partner)).toMatchObject({ role: 'partner', organisation: decided.organisation })
  })
})
