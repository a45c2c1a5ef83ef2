import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'

import { type AmsterdamWeek, comingAmsterdamWeek } from '@wijk/shared/isoWeek'
import { expandOccurrences } from '@wijk/shared/recurrence'
import { toAmsterdamIso } from '@wijk/shared/time'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startJobSweep } from '../../src/jobs/jobSweep'
import { MAILCHIMP_QUEUE, MAILCHIMP_TASK } from '../../src/jobs/queues'
import { runDigest } from '../../src/mailchimp/digest/runDigest'
import { mailchimpBacklog } from '../../src/mailchimp/mailchimpBacklog'
import { type MailchimpClient, mailchimpClient } from '../../src/mailchimp/mailchimpClient'
import { NETWORK_SYNC_TASK } from '../../src/mailchimp/network/networkSyncTask'
import { richText } from '../../src/seed/richText'
import { type FakeMailchimp, startFakeMailchimp } from '../helpers/fakeMailchimp'
import { startPayloadWorld } from '../helpers/payload'
import type { World } from '../helpers/world'

const API_KEY = 'digesttestkey0123456789-us21'
const NEWSLETTER = 'news0delfshaven'
const REPLY_TO = 'redactie@delfshaven.nl'
const FAST = [10, 10] as const

let payload: Payload
let world: World
let fake: FakeMailchimp
let client: MailchimpClient
let week: AmsterdamWeek

const create = (collection: Parameters<Payload['create']>[0]['collection'], data: Record<string, unknown>) =>
  payload.create({ collection, data: data as never, overrideAccess: true })

const run = (wijk = 'delfshaven') => runDigest(payload, client, { wijk, week, server: 'us21', retryDelaysMs: FAST })

/** What the week should show, worked out from the stored events (published, this wijk) on its own. */
const expectedOccurrences = async () => {
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [{ tenant: { equals: world.wijkA.id } }, { _status: { equals: 'published' } }] },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs
    .flatMap((event) => {
      const start = new Date(event.startsAt)
      const end = event.endsAt ? new Date(event.endsAt) : new Date(start.getTime() + 2 * 3600_000)
      const rule = event.recurrence?.rule?.trim()
      const recurrence = rule ? { rule, exceptions: (event.recurrence?.exceptions ?? []).map((row) => toAmsterdamIso(new Date(row.date)).slice(0, 10)) } : null
      return expandOccurrences({ start: toAmsterdamIso(start), end: toAmsterdamIso(end), recurrence }, { from: week.from, to: week.to }).map((o) => ({
        title: event.title,
        url: `http://delfshaven.localhost/agenda/${event.slug}/`,
        start: o.start,
        end: o.end,
      }))
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title, 'nl'))
}

/** The links to event pages in the mail, in the order they appear. */
const eventLinks = (html: string) =>
  [...html.matchAll(/<a href="(http:\/\/delfshaven\.localhost\/agenda\/[^"]+\/)"[^>]*>([^<]+)<\/a>/g)].map((m) => ({ url: m[1], title: m[2] }))

const runCli = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/mailchimp/digest/digestCli.ts', ...args], {
      env: { ...process.env, ...env },
      cwd: process.cwd(),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })

beforeAll(async () => {
  fake = await startFakeMailchimp({ apiKey: API_KEY })
  process.env.MAILCHIMP_API_KEY = API_KEY
  process.env.MAILCHIMP_BASE_URL = fake.baseUrl
  ;({ payload, world } = await startPayloadWorld())
  // This file plays the server: the queued Mailchimp writes run (and retry) through the sweep.
  startJobSweep(payload)
  client = mailchimpClient()!
  // The week the world's events (three days from now) fall in: the coming week as seen six days earlier.
  week = comingAmsterdamWeek(new Date(Date.parse(world.eventA1.startsAt) - 6 * 86_400_000))
  await payload.update({
    collection: 'wijken',
    id: world.wijkA.id,
    data: { mailchimp: { newsletterAudienceId: NEWSLETTER }, contact: { email: REPLY_TO }, colors: { primary: '#1F5C99', accent: '#F2B134' } } as never,
    overrideAccess: true,
  })
  const tenant = world.wijkA.id
  const monday = week.from.getTime()
  // Every weekday at 19:00 from well before the week, except the Wednesday of this week.
  const wednesday = new Date(monday + 2 * 86_400_000 + 12 * 3600_000).toISOString()
  await create('events', {
    tenant,
    title: 'Koffie-ochtend',
    summary: 'Koffie.',
    category: 'ontmoeting',
    _status: 'published',
    startsAt: new Date(monday - 21 * 86_400_000 + 18 * 3600_000).toISOString(),
    endsAt: new Date(monday - 21 * 86_400_000 + 20 * 3600_000).toISOString(),
    recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', exceptions: [{ date: wednesday }] },
  })
  await create('events', {
    tenant,
    title: 'Afgelaste wandeling',
    summary: 'x',
    category: 'beweging',
    _status: 'published',
    status: 'cancelled',
    startsAt: new Date(monday + 5 * 86_400_000 + 10 * 3600_000).toISOString(),
  })
  await create('events', {
    tenant,
    title: 'Volgende week',
    summary: 'x',
    category: 'cultuur',
    _status: 'published',
    startsAt: new Date(monday + 8 * 86_400_000).toISOString(),
  })
  await create('events', {
    tenant,
    title: 'Nog een concept',
    summary: 'x',
    category: 'cultuur',
    _status: 'draft',
    startsAt: new Date(monday + 86_400_000 + 10 * 3600_000).toISOString(),
  })
  await create('events', {
    tenant: world.wijkB.id,
    title: 'Kanaleneiland kookt',
    summary: 'x',
    category: 'buurtmaaltijd',
    _status: 'published',
    startsAt: new Date(monday + 86_400_000 + 10 * 3600_000).toISOString(),
  })
  // Hosted by an organisation with an address: one without a place of its own, one in a room of the host's.
  const host = await create('organisations', {
    tenant,
    name: 'Buurthuis Aan de Haven',
    summary: 'Buurthuis.',
    _status: 'published',
    address: { street: 'Havenstraat', houseNumber: '12', postcode: '3024 AB', city: 'Rotterdam' },
  })
  for (const [title, place, day] of [
    ['Spreekuur in het buurthuis', undefined, 3],
    ['Naaicafé in de grote zaal', { name: 'Grote zaal' }, 4],
  ] as const) {
    await create('events', {
      tenant,
      title,
      summary: 'x',
      category: 'ontmoeting',
      _status: 'published',
      organisation: host.id,
      ...(place ? { place } : {}),
      startsAt: new Date(monday + day * 86_400_000 + 13 * 3600_000).toISOString(),
    })
  }
  // Written in another order than they were published.
  for (const [title, daysAgo] of [
    ['Speeltuin open', 2],
    ['Oud nieuws', 40],
    ['Straatfeest', 1],
    ['De nieuwe bakker', 5],
  ] as const) {
    const publishedAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString()
    await create('articles', {
      tenant,
      title,
      lead: `Over ${title.toLowerCase()}.`,
      body: richText(['Tekst.']),
      authorName: 'Ans',
      editorialStatus: 'published',
      _status: 'published',
      publishedAt,
    })
  }
  await create('articles', {
    tenant: world.wijkB.id,
    title: 'Kanaleneiland nieuws',
    lead: 'x',
    body: richText(['Tekst.']),
    authorName: 'B',
    editorialStatus: 'published',
    _status: 'published',
  })
})

afterAll(async () => {
  await payload?.destroy()
  await fake?.stop()
})

beforeEach(() => {
  fake.reset()
  fake.addList(NEWSLETTER)
})

describe('agenda digest draft', () => {
  it('creates a draft for the newsletter audience with subject, sender and reply-to, and never sends it', async () => {
    const result = await run()
    expect(fake.campaigns.size).toBe(1)
    const campaign = [...fake.campaigns.values()][0]!
    expect(campaign).toMatchObject({ type: 'regular', status: 'save', recipients: { list_id: NEWSLETTER } })
    expect(campaign.settings).toMatchObject({
      subject_line: 'Deze week in Delfshaven',
      from_name: 'Delfshaven',
      reply_to: REPLY_TO,
      title: `Weekagenda Delfshaven ${week.key}`,
    })
    expect(String(campaign.settings.preview_text)).toMatch(/activiteit/)
    expect(result.campaignId).toBe(campaign.id)
    expect(result.editUrl).toBe(`https://us21.admin.mailchimp.com/campaigns/edit?id=${campaign.web_id}`)
    expect(result.summary.join('\n')).toContain(result.editUrl)
    expect(fake.requests.every((r) => r.authorised)).toBe(true)
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /3.0/campaigns',
      'POST /3.0/campaigns',
      `PUT /3.0/campaigns/${campaign.id}/content`,
    ])
    expect(fake.requests.some((r) => /\/actions\/(send|schedule|test)/.test(r.path))).toBe(false)
  })

  it('lists exactly the week’s occurrences of this wijk, in order, linked on the wijk’s domain', async () => {
    await run()
    const { html, plain_text: text } = [...fake.campaigns.values()][0]!.content!
    const expected = await expectedOccurrences()
    // The world's two events, four weekday coffee mornings minus the skipped Wednesday, the cancelled walk.
    expect(expected.length).toBeGreaterThanOrEqual(5)
    expect(eventLinks(html!)).toEqual(expected.map(({ url, title }) => ({ url, title })))
    expect(html).not.toContain('Kanaleneiland')
    expect(html).not.toContain('Nog een concept')
    expect(html).not.toContain('Volgende week')
    expect(html).toMatch(/Afgelaste wandeling<\/a> <strong[^>]*>\(gaat niet door\)/)
    expect(html).toContain('background:#1F5C99')
    expect(html).toContain('*|UNSUB|*')
    for (const { title, url } of expected) {
      expect(text).toContain(title)
      expect(text).toContain(url)
    }
  })

  it('says where an event is as the site does: without an address of its own, the host’s (the site’s eventPlace rule)', async () => {
    await run()
    const { html, plain_text: text } = [...fake.campaigns.values()][0]!.content!
    const itemOf = (title: string) => html!.split('</p>').find((item) => item.includes(`>${title}</a>`))
    expect(itemOf('Spreekuur in het buurthuis')).toContain('<span style="color:#444444">Buurthuis Aan de Haven, Havenstraat 12</span>')
    expect(itemOf('Naaicafé in de grote zaal')).toContain('<span style="color:#444444">Grote zaal, Havenstraat 12</span>')
    const lines = text!.split('\n')
    expect(lines[lines.findIndex((line) => line.endsWith('Spreekuur in het buurthuis')) + 1]).toBe('Buurthuis Aan de Haven, Havenstraat 12')
  })

  it('groups per day with Dutch day headings and shows the local time', async () => {
    await run()
    const { html } = [...fake.campaigns.values()][0]!.content!
    const expected = await expectedOccurrences()
    const days = [...new Set(expected.map((o) => o.start.slice(0, 10)))]
    const headings = [...html!.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1])
    const dutchDay = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
    expect(headings.slice(0, days.length)).toEqual(
      days.map((d) => {
        const s = dutchDay.format(new Date(`${d}T12:00:00Z`))
        return s[0]!.toUpperCase() + s.slice(1)
      }),
    )
    // Local clock times straight from the ISO strings with their Amsterdam offset.
    for (const o of expected) expect(html).toContain(`<strong>${o.start.slice(11, 16)} – ${o.end.slice(11, 16)}</strong>`)
  })

  it('adds the three newest buurtkrant articles of this wijk with lead and link', async () => {
    await run()
    const { html } = [...fake.campaigns.values()][0]!.content!
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: [{ tenant: { equals: world.wijkA.id } }, { editorialStatus: { equals: 'published' } }] },
      sort: '-publishedAt',
      limit: 3,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(3)
    const links = [...html!.matchAll(/<a href="(http:\/\/delfshaven\.localhost\/buurtkrant\/[^"]+\/)"[^>]*>([^<]+)<\/a>/g)].map((m) => ({
      url: m[1],
      title: m[2],
    }))
    expect(links.slice(0, 3)).toEqual(docs.map((a) => ({ url: `http://delfshaven.localhost/buurtkrant/${a.slug}/`, title: a.title })))
    for (const a of docs) expect(html).toContain(a.lead)
    expect(html).not.toContain('Oud nieuws')
    expect(html).not.toContain('Kanaleneiland nieuws')
  })

  it('a second run for the same week makes a new draft and says there already was one', async () => {
    const first = await run()
    expect(first.earlierDrafts).toBe(0)
    const second = await run()
    expect(fake.campaigns.size).toBe(2)
    expect(second.earlierDrafts).toBe(1)
    expect(second.summary.join('\n')).toContain(`stond al een concept klaar (web-id ${first.webId})`)
  })

  it('refuses a wijk without a newsletter audience, before calling Mailchimp', async () => {
    await expect(run('kanaleneiland')).rejects.toThrow('Kanaleneiland heeft geen Mailchimp-audience voor de nieuwsbrief')
    expect(fake.requests).toHaveLength(0)
  })

  it('Mailchimp down: a clear error and nothing created', async () => {
    fake.setDown(true)
    await expect(run()).rejects.toThrow(/De bestaande concepten ophalen lukte niet: Mailchimp is niet bereikbaar/)
    fake.setDown(false)
    expect(fake.campaigns.size).toBe(0)
  })

  it('a short 429 or 503 is retried and the draft is still made', async () => {
    fake.failNext(1, 429)
    fake.failNext(1, 503)
    await run()
    expect(fake.campaigns.size).toBe(1)
    expect([...fake.campaigns.values()][0]!.content?.html).toContain('Deze week in Delfshaven')
  })

  it('content refused after the draft was made: the empty draft is removed again', async () => {
    const create = client.campaigns.create.bind(client.campaigns)
    // The fake fails from the moment the (real) create call has returned.
    client.campaigns.create = async (body) => create(body).finally(() => fake.failNext(3, 503))
    try {
      await expect(run()).rejects.toThrow(/De inhoud van het concept zetten lukte niet: .*503.* Het lege concept is weer verwijderd/)
    } finally {
      client.campaigns.create = create
    }
    expect(fake.campaigns.size).toBe(0)
    expect(fake.requests.at(-1)).toMatchObject({ method: 'DELETE' })
  })

  it('content and removal both failing: the error names the half-made draft', async () => {
    const create = client.campaigns.create.bind(client.campaigns)
    client.campaigns.create = async (body) => create(body).finally(() => fake.setDown(true))
    try {
      const error = await run().catch((e: Error) => e)
      const campaign = [...fake.campaigns.values()][0]!
      expect((error as Error).message).toContain(`Er staat nu een leeg concept "Weekagenda Delfshaven ${week.key}" in Mailchimp (campagne ${campaign.id}`)
      expect((error as Error).message).toContain(`campaigns/edit?id=${campaign.web_id}`)
    } finally {
      client.campaigns.create = create
      fake.setDown(false)
    }
  })
})

describe('pnpm mailchimp:digest', () => {
  it('prints the draft and exits 0; with Mailchimp down it exits 1 with a Dutch message and creates nothing', async () => {
    const ok = await runCli(['--wijk', 'delfshaven', '--week', week.key])
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    const campaign = [...fake.campaigns.values()][0]!
    expect(ok.stdout).toContain(`Concept "Weekagenda Delfshaven ${week.key}" staat klaar in Mailchimp (nog niet verstuurd).`)
    expect(ok.stdout).toContain(`https://us21.admin.mailchimp.com/campaigns/edit?id=${campaign.web_id}`)

    fake.setDown(true)
    const down = await runCli(['--wijk', 'delfshaven', '--week', week.key])
    fake.setDown(false)
    expect(down.code).toBe(1)
    expect(down.stderr).toMatch(/lukte niet: Mailchimp is niet bereikbaar/)
    expect(fake.campaigns.size).toBe(1)

    const badWeek = await runCli(['--wijk', 'delfshaven', '--week', '2026-49'])
    expect(badWeek.code).toBe(1)
    expect(badWeek.stderr).toContain('Gebruik bijvoorbeeld 2026-W49')
  }, 120_000)
})

describe('pending Mailchimp writes in the admin', () => {
  it('counts the wijk’s writes waiting for a retry and those that failed, not other audiences', async () => {
    fake.addList('othernetwork')
    fake.setDown(true)
    const queue = (audienceId: string, email: string) =>
      payload.jobs.queue({ task: MAILCHIMP_TASK as never, queue: MAILCHIMP_QUEUE, input: { kind: 'subscribe', audienceId, email } as never })
    await queue(NEWSLETTER, 'wacht@example.nl')
    await queue('othernetwork', 'ander@example.nl')
    const waitFor = async (done: () => Promise<boolean>) => {
      for (let i = 0; i < 100 && !(await done()); i++) await new Promise((r) => setTimeout(r, 100))
    }
    await waitFor(async () => (await mailchimpBacklog(payload, world.wijkA.id, [NEWSLETTER])).pending.some((e) => e.attempts > 0))
    fake.setDown(false)
    await queue(NEWSLETTER, 'nep@voorbeeld.invalid')
    await waitFor(async () => (await mailchimpBacklog(payload, world.wijkA.id, [NEWSLETTER])).failed.length > 0)

    // A network sync job names the wijk, not the audience (it finds that when it runs); not due yet.
    await payload.jobs.queue({
      task: NETWORK_SYNC_TASK as never,
      queue: MAILCHIMP_QUEUE,
      input: { wijk: String(world.wijkA.id), email: 'org@example.nl' } as never,
      waitUntil: new Date(Date.now() + 3600_000),
    })
    await payload.jobs.queue({
      task: NETWORK_SYNC_TASK as never,
      queue: MAILCHIMP_QUEUE,
      input: { wijk: String(world.wijkB.id), email: 'b@example.nl' } as never,
      waitUntil: new Date(Date.now() + 3600_000),
    })

    const backlog = await mailchimpBacklog(payload, world.wijkA.id, [NEWSLETTER])
    expect(backlog.pending.map((e) => [e.kind, e.email])).toEqual([
      ['network', 'org@example.nl'],
      ['subscribe', 'wacht@example.nl'],
    ])
    backlog.pending.shift()
    expect(backlog.pending).toHaveLength(1)
    expect(backlog.pending[0]).toMatchObject({ kind: 'subscribe', email: 'wacht@example.nl' })
    expect(backlog.pending[0]!.attempts).toBeGreaterThan(0)
    expect(backlog.pending[0]!.waitUntil).not.toBeNull()
    expect(backlog.failed).toHaveLength(1)
    expect(backlog.failed[0]).toMatchObject({ email: 'nep@voorbeeld.invalid' })
    expect(backlog.failed[0]!.error).toMatch(/fake or invalid/)
    const other = await mailchimpBacklog(payload, world.wijkB.id, [])
    expect(other.pending.map((e) => e.email)).toEqual(['b@example.nl'])
    expect(other.failed).toEqual([])
  })
})
