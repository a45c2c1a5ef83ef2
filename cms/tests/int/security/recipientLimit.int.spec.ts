/**
 * Issue 15, finding 3: the forms mail anyone. A form that mails the address typed into it (the
 * aanvraag confirmation, the registration's mails, the newsletter's confirmation from Mailchimp) let anyone
 * send the platform's mail to any address, from as many client addresses as they have; and the
 * aanvraag confirmation repeated the sender's name and 2,000-character message to that address.
 * Now such mails are limited per recipient, whoever asks, and the confirmation carries no free text.
 * Through Payload's REST handler, each post from another client (x-wijk-client-ip, as cms/server.ts sets it).
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RECIPIENT_MAIL_LIMITS } from '../../../src/email/recipientLimit'
import { startPayloadWorld } from '../../helpers/payload'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload?.destroy())

let client = 0
const post = async (path: string, body: Record<string, unknown>) => {
  const request = new Request(`http://cms.test/api${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      origin: 'http://delfshaven.localhost',
      'x-wijk-client-ip': `203.0.113.${++client}`,
    },
    body: JSON.stringify(body),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, body: (await response.json()) as { message: string } }
}

type QueuedMail = { to: string; subject: string; text: string; html: string }
const mailsTo = async (email: string): Promise<QueuedMail[]> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendMail' } },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs.map((job) => job.input as QueuedMail).filter((mail) => mail.to === email)
}

const hourly = RECIPIENT_MAIL_LIMITS[0]!.max

describe('mails to an address typed into a public form', () => {
  it('many aanvragen from different clients to one address queue at most the limit of confirmations; every aanvraag still reaches the redactie', async () => {
    const victim = 'victim-aanvraag@example.nl'
    const attempts = hourly + 4
    for (let i = 0; i < attempts; i++) {
      const answer = await post('/aanvragen', {
        kind: 'join',
        name: `Spammer ${i}`,
        email: victim,
        message: `Koop nu ${i}`,
        event: String(world.eventA1.id),
        wijk: 'delfshaven',
        consent: true,
      })
      expect(answer.status).toBe(200)
    }
    expect((await mailsTo(victim)).length).toBe(hourly)
    const stored = await payload.find({ collection: 'requests', where: { email: { equals: victim } }, limit: 0, overrideAccess: true })
    expect(stored.totalDocs).toBe(attempts)
  })

  it('the confirmation does not repeat the sender’s name or message (fixed text and what was asked, from the database)', async () => {
    const address = 'echo-test@example.nl'
    const name = 'Klik hier http://phish.example'
    const message = 'Uw pakket wacht: https://phish.example/betalen'
    expect(
      (await post('/aanvragen', { kind: 'join', name, email: address, message, event: String(world.eventA1.id), wijk: 'delfshaven', consent: true })).status,
    ).toBe(200)
    const [confirmation] = await mailsTo(address)
    expect(confirmation).toBeDefined()
    for (const part of [confirmation!.subject, confirmation!.text, confirmation!.html]) {
      expect(part).not.toContain('phish.example')
      expect(part).not.toContain('Klik hier')
      expect(part).not.toContain('Uw pakket')
    }
    expect(confirmation!.text).toContain('Buurtmaaltijd De Kabel')
  })

  it('many newsletter signups of one address from different clients store (and later send to Mailchimp) at most the limit', async () => {
    const victim = 'victim-nieuwsbrief@example.nl'
    const answers = new Set<string>()
    for (let i = 0; i < hourly + 3; i++) {
      const answer = await post('/nieuwsbrief', { email: victim, wijk: 'delfshaven', consent: true })
      expect(answer.status).toBe(200)
      answers.add(answer.body.message)
    }
    expect(answers.size).toBe(1)
    const stored = await payload.find({ collection: 'newsletter-signups' as never, where: { email: { equals: victim } }, limit: 0, overrideAccess: true })
    expect(stored.totalDocs).toBe(hourly)
  })

  it('many registrations of one address from different clients mail it at most the limit', async () => {
    const victim = 'victim-account@example.nl'
    for (let i = 0; i < hourly + 3; i++) {
      const answer = await post('/account/registreren', {
        name: `Iemand ${i}`,
        email: victim,
        password: 'een-lange-zin-hier',
        wijk: 'delfshaven',
        role: 'resident',
        consent: true,
      })
      expect(answer.status).toBe(200)
    }
    expect((await mailsTo(victim)).length).toBe(hourly)
  })
})
