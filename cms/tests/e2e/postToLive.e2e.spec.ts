/**
 * Prikbord and buurtkrant through the real HTTP endpoints: the real CMS (next start, seeded SQLite)
 * and the real builder on loopback. A resident posts a vraag, the redactie approves it, it appears
 * on the built prikbord; the resident closes it and it leaves. A writer cannot publish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { type BuilderServer, startBuilder, type WijkStatus } from './helpers/builderServer'
import { type CmsServer, freePort, SNAPSHOT_TOKEN, startCms, WEBHOOK_SECRET } from './helpers/cmsServer'

const WIJK = 'delfshaven'
const HOST = `${WIJK}.localhost`
const LIVE_LIMIT_MS = 60_000

let cms: CmsServer | undefined
let builder: BuilderServer | undefined
let wijkId: number
const tokens: Record<'writer' | 'editor', string> = { writer: '', editor: '' }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const settled = (s: WijkStatus) => s.state === 'idle' && !s.pending && !s.searchPending && s.current !== null

const until = async (what: string, check: () => Promise<boolean>): Promise<number> => {
  const started = performance.now()
  while (performance.now() - started < LIVE_LIMIT_MS) {
    if (await check()) return performance.now() - started
    await sleep(100)
  }
  throw new Error(`not within ${LIVE_LIMIT_MS / 1000} s: ${what}\n${builder!.output().slice(-3000)}`)
}

const call = async (as: keyof typeof tokens, method: string, pathname: string, body?: unknown) => {
  const response = await fetch(`${cms!.url}/api${pathname}`, {
    method,
    headers: { Authorization: `JWT ${tokens[as]}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}

const login = async (email: string) => {
  const response = await fetch(`${cms!.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const postsPage = async () => (await builder!.get(HOST, '/prikbord/')).text

beforeAll(async () => {
  const builderPort = await freePort()
  cms = await startCms({ builderUrl: `http://127.0.0.1:${builderPort}/webhook`, env: { WEBHOOK_RETRY_BASE_MS: '1000' } })
  builder = await startBuilder({ port: builderPort, cmsUrl: cms.url, snapshotToken: SNAPSHOT_TOKEN, webhookSecret: WEBHOOK_SECRET, wijken: [WIJK] })
  const first = await builder.waitFor(WIJK, (s) => settled(s) || s.state === 'failed', 5 * 60_000)
  expect(first.lastError).toBeNull()
  tokens.writer = await login(`bewoner@${WIJK}.test`)
  tokens.editor = await login(`redactie@${WIJK}.test`)
  const { json } = await call('editor', 'GET', `/wijken?where[slug][equals]=${WIJK}&depth=0`)
  wijkId = json.docs[0].id
})

afterAll(async () => {
  await Promise.allSettled([builder?.stop(), cms?.stop()])
})

describe('prikbord: from submitted to the built site and off again', () => {
  let postId: number
  const title = `Wie leent mij een ladder ${Date.now()}`

  it('a resident submits a vraag: stored, not on the site', async () => {
    const { status, json } = await call('writer', 'POST', '/posts?depth=0', {
      tenant: wijkId,
      kind: 'vraag',
      title,
      body: 'Voor één middag, om de dakgoot schoon te maken.',
      authorName: 'Sanne',
      editorialStatus: 'submitted',
    })
    expect(status).toBe(201)
    postId = json.doc.id
    expect(json.doc.editorialStatus).toBe('submitted')
    await sleep(1_500)
    expect(await postsPage()).not.toContain(title)
  })

  it('the resident cannot approve it themselves', async () => {
    const { status, json } = await call('writer', 'PATCH', `/posts/${postId}?depth=0`, { editorialStatus: 'published' })
    expect(status).toBe(403)
    expect(JSON.stringify(json)).toContain('Alleen de redactie kan publiceren')
  })

  it('the redactie approves it: it is on the prikbord after the rebuild', async () => {
    const { status } = await call('editor', 'PATCH', `/posts/${postId}?depth=0`, { editorialStatus: 'published' })
    expect(status).toBe(200)
    const ms = await until(`"${title}" on /prikbord/`, async () => (await postsPage()).includes(title))
    console.log(`[prikbord] approved post live in ${(ms / 1000).toFixed(2)} s`)
  })

  it('the resident closes it: it leaves the prikbord on the next build; nothing else changed', async () => {
    const { status, json } = await call('writer', 'PATCH', `/posts/${postId}?depth=0`, { closed: true, title: 'Iets anders' })
    expect(status).toBe(200)
    expect(json.doc).toMatchObject({ closed: true, title, editorialStatus: 'published' })
    const ms = await until(`"${title}" gone from /prikbord/`, async () => !(await postsPage()).includes(title))
    console.log(`[prikbord] closed post gone in ${(ms / 1000).toFixed(2)} s`)
  })
})

describe('buurtkrant: a writer cannot publish through the REST API', () => {
  it('403 for every way of asking, and the article stays a draft', async () => {
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [{ type: 'text', version: 1, text: 'Het was gezellig.', detail: 0, format: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    }
    const created = await call('writer', 'POST', '/articles?depth=0', {
      tenant: wijkId,
      title: `Straatfeest ${Date.now()}`,
      lead: 'Een mooie dag.',
      body,
      authorName: 'Anouk',
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect((await call('writer', 'PATCH', `/articles/${id}?depth=0`, { editorialStatus: 'published' })).status).toBe(403)
    expect((await call('writer', 'PATCH', `/articles/${id}?depth=0`, { _status: 'published' })).status).toBe(403)
    expect(
      (await call('writer', 'POST', '/articles?depth=0', { tenant: wijkId, title: 'Meteen live', lead: 'x', body, authorName: 'A', _status: 'published' }))
        .status,
    ).toBe(403)
    const stored = await call('editor', 'GET', `/articles/${id}?depth=0`)
    expect(stored.json._status).toBe('draft')
  })
})
