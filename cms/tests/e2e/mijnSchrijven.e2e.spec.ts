/**
 * Mijn buurt: writing for the buurtkrant and the prikbord through the real CMS (next start, seeded
 * SQLite) and Chromium. A resident writes a piece with a photo, previews and submits it; the
 * redactie asks for a change through REST; the resident sees the question, changes it and submits
 * again; another piece is withdrawn and the redactie can no longer publish it. Without JavaScript the
 * prikbord form works and keeps what was typed. Role × tenant attacks, forged Origin and hostile
 * bodies through the real HTTP interface. axe on every page at 320 and 1280 px and at 200 % text.
 */
import http from 'node:http'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demoUsers'
import { type FuzzTarget, hostileBodies } from '../helpers/hostileBodies'
import { auditAllViews } from './helpers/axe'
import { launchChromium } from './helpers/browser'
import { type CmsServer, startCms } from './helpers/cmsServer'

let cms: CmsServer
let browser: Browser
let port: number

const A = 'delfshaven'
const B = 'kanaleneiland'
const site = (wijk: string) => `http://${wijk}.localhost:${port}`

type Raw = { status: number; headers: http.IncomingHttpHeaders; text: string }

/** A request to the CMS as a browser on the wijk's domain would make it (Host header set; Node does not resolve *.localhost). */
const raw = async (method: string, host: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Raw> => {
  const answer = await rawOnce(method, host, path, headers, body)
  // Next sends `/path/` on to `/path` (308); a browser follows, so do we (once, same host).
  const location = String(answer.headers.location ?? '')
  if (method === 'GET' && answer.status === 308 && location.startsWith('/')) return rawOnce(method, host, location, headers)
  return answer
}

const rawOnce = (method: string, host: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path, headers: { host: `${host}:${port}`, ...headers } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }))
    })
    request.on('error', reject)
    request.end(body)
  })

/** A form post from the wijk's own site (Origin of that site), with the session cookie. */
const post = (wijk: string, path: string, fields: Record<string, string>, cookie: string, extra: Record<string, string> = {}) =>
  raw(
    'POST',
    `${wijk}.localhost`,
    path,
    { origin: site(wijk), cookie, 'content-type': 'application/x-www-form-urlencoded', ...extra },
    new URLSearchParams(fields).toString(),
  )

/** Signs in through Mijn buurt's own form and returns the session cookie. */
const signIn = async (wijk: string, email: string): Promise<string> => {
  const answer = await post(wijk, '/mijn/actie/inloggen', { email, password: DEMO_PASSWORD }, '')
  expect(answer.status).toBe(303)
  const cookie = [answer.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('payload-token='))
  expect(cookie).toBeTruthy()
  return cookie!.split(';')[0]!
}

/** The REST API as the redactie (or admin): JSON with a JWT. */
const tokens: Record<string, string> = {}
const rest = async (email: string, method: string, path: string, body?: unknown) => {
  tokens[email] ??= await (async () => {
    const response = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    })
    return ((await response.json()) as { token: string }).token
  })()
  const response = await fetch(`${cms.url}/api${path}`, {
    method,
    headers: { authorization: `JWT ${tokens[email]}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}
const ADMIN = 'beheer@wijkplatform.test'
const EDITOR_A = `redactie@${A}.test`
const RESIDENT_A = `bewoner@${A}.test`
const RESIDENT_B = `bewoner@${B}.test`
const PARTNER_A = `partner@${A}.test`

/** The stored document as the admin sees it (the newest version of an article). */
const stored = async (collection: 'articles' | 'posts', id: number | string) =>
  (await rest(ADMIN, 'GET', `/${collection}/${id}?depth=1${collection === 'articles' ? '&draft=true' : ''}`)).json
const count = async (collection: 'articles' | 'posts' | 'media') => (await rest(ADMIN, 'GET', `/${collection}?limit=0&draft=true`)).json.totalDocs as number

const contexts: BrowserContext[] = []
const openAs = async (email: string, { javaScriptEnabled = true, width = 390 } = {}): Promise<Page> => {
  const context = await browser.newContext({ javaScriptEnabled, locale: 'nl-NL', viewport: { width, height: 900 } })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${site(A)}/mijn/inloggen/`)
  await page.locator('#email').fill(email)
  await page.locator('#password').fill(DEMO_PASSWORD)
  await page.locator('form[action="/mijn/actie/inloggen"] button[type="submit"]').click()
  await waitAt(page, '/mijn/')
  return page
}

/** Next answers `/path/` with a 308 to `/path`: compare addresses without the trailing slash (and the #fragment). */
const normal = (url: string | URL) => {
  const { pathname, search } = new URL(url, site(A))
  return `${pathname.replace(/\/$/, '')}${search}`
}
const waitAt = (page: Page, path: string | RegExp) =>
  page.waitForURL((url) => (typeof path === 'string' ? normal(url) === normal(path) : path.test(normal(url))))

/** With SCREENSHOTS_DIR set (docs/screenshots), the pages the docs show are saved at phone width. */
const screenshot = async (page: Page, name: string) => {
  const dir = process.env.SCREENSHOTS_DIR
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

const idFromUrl = (page: Page) => Number(/\/mijn\/\w+\/(\d+)/.exec(page.url())?.[1])

let photoPath: string
beforeAll(async () => {
  cms = await startCms()
  port = Number(new URL(cms.url).port)
  browser = await launchChromium()
  const { writeFileSync, mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  photoPath = `${mkdtempSync(`${tmpdir()}/mijn-foto-`)}/moestuin.jpg`
  writeFileSync(
    photoPath,
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#5a8f3c' } })
      .jpeg()
      .toBuffer(),
  )
})

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined)
  await browser?.close()
  await cms?.stop()
})

/** The piece with a photo the first test writes (the axe test looks at its pages). */
let articleId: number

describe('a resident writes for the buurtkrant', () => {
  it('writes a piece with a photo and alt text; the concept is kept while typing; previews; submits', async () => {
    const page = await openAs(RESIDENT_A)
    await page.goto(`${site(A)}/mijn/buurtkrant/nieuw/`)
    await page.getByLabel('Titel').fill('Tien jaar moestuin aan de Schiedamseweg')
    await page.getByLabel('Inleiding').fill('De moestuin bestaat tien jaar. Buren vieren het met soep.')
    await page.getByLabel('Je verhaal').fill('Het begon met drie bakken.\n\nNu oogsten veertig buren samen.')
    // The script keeps the concept a few seconds after typing stops and says so.
    await expect.poll(() => page.locator('[data-autosave-status]').textContent(), { timeout: 20_000 }).toMatch(/^Concept bewaard om \d\d:\d\d$/)
    await waitAt(page, /^\/mijn\/buurtkrant\/\d+$/)
    await screenshot(page, 'mijn-buurtkrant-nieuw')
    articleId = idFromUrl(page)
    expect((await stored('articles', articleId)).title).toBe('Tien jaar moestuin aan de Schiedamseweg')

    await page.getByLabel('Kies een foto').setInputFiles(photoPath)
    await page.getByLabel('Wat staat er op de foto?').fill('Buren oogsten tomaten in de moestuin')
    await page.getByRole('button', { name: 'Bekijk voorbeeld' }).click()
    await waitAt(page, `/mijn/buurtkrant/${articleId}/voorbeeld/`)
    await expect.poll(() => page.getByText('Tien jaar moestuin aan de Schiedamseweg').first().isVisible()).toBe(true)
    const photo = page.getByRole('img', { name: 'Buren oogsten tomaten in de moestuin' }).first()
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await screenshot(page, 'mijn-buurtkrant-voorbeeld')

    await page.getByRole('button', { name: 'Indienen' }).click()
    await waitAt(page, `/mijn/buurtkrant/${articleId}/?ingediend=1`)
    expect(await page.locator('.state').textContent()).toContain('wacht op de redactie')
    const doc = await stored('articles', articleId)
    expect(doc.editorialStatus).toBe('submitted')
    expect(doc.image.alt).toBe('Buren oogsten tomaten in de moestuin')
  })

  it('sees "de redactie vraagt: …", changes the piece and submits it again', async () => {
    const asked = await rest(EDITOR_A, 'PATCH', `/articles/${articleId}`, {
      editorialStatus: 'changes-requested',
      editorComment: 'Noem je de naam van de tuin?',
    })
    expect(asked.status).toBe(200)
    const page = await openAs(RESIDENT_A)
    await page.goto(`${site(A)}/mijn/buurtkrant/${articleId}/`)
    expect(await page.getByRole('note').textContent()).toContain('De redactie vraagt: Noem je de naam van de tuin?')
    await screenshot(page, 'mijn-buurtkrant-redactie-vraagt')
    await page.getByLabel('Je verhaal').fill('Het begon met drie bakken in De Groene Kabel.\n\nNu oogsten veertig buren samen.')
    await page.getByRole('button', { name: 'Indienen' }).click()
    await waitAt(page, `/mijn/buurtkrant/${articleId}/?ingediend=1`)
    expect(await page.locator('.state').textContent()).toContain('wacht op de redactie')
    expect((await stored('articles', articleId)).editorialStatus).toBe('submitted')
  })

  it('withdraws another piece; the redactie can no longer publish it', async () => {
    const page = await openAs(RESIDENT_A)
    await page.goto(`${site(A)}/mijn/prikbord/nieuw/`)
    await page.getByLabel('Aanbod').check()
    await page.getByLabel('Titel').fill('Gratis tuinstoelen')
    await page.getByLabel('Je bericht').fill('Vier stoelen, op te halen in de Bospolder.')
    await page.getByRole('button', { name: 'Indienen' }).click()
    await waitAt(page, /^\/mijn\/prikbord\/\d+\?ingediend=1$/)
    const postId = idFromUrl(page)
    await page.getByRole('button', { name: 'Trek mijn bericht in' }).click()
    await waitAt(page, `/mijn/prikbord/${postId}/?ingetrokken=1`)
    expect(await page.locator('.state').textContent()).toContain('ingetrokken')
    const publish = await rest(EDITOR_A, 'PATCH', `/posts/${postId}`, { editorialStatus: 'published' })
    expect(publish.status).toBe(403)
    expect(JSON.stringify(publish.json)).toContain('ingetrokken')
    expect((await stored('posts', postId)).editorialStatus).toBe('withdrawn')
  })
})

describe('without JavaScript', () => {
  it('the prikbord form works and a failed check keeps what was typed, with what to do next to the field', async () => {
    const page = await openAs(RESIDENT_A, { javaScriptEnabled: false })
    await page.goto(`${site(A)}/mijn/prikbord/nieuw/`)
    await page.getByLabel('Titel').fill('Wie leent mij een ladder?')
    await page.getByLabel('Je bericht').fill('Voor één middag, om de dakgoot schoon te maken.')
    await page.getByRole('button', { name: 'Indienen' }).click()
    await waitAt(page, /^\/mijn\/prikbord\/\d+\?controle=1/)
    const postId = idFromUrl(page)
    expect(await page.locator('#kind-fout').textContent()).toContain('vraag')
    expect(await page.getByLabel('Titel').inputValue()).toBe('Wie leent mij een ladder?')
    expect((await stored('posts', postId)).editorialStatus).toBe('draft')
    await page.getByLabel('Vraag').check()
    await page.getByRole('button', { name: 'Indienen' }).click()
    await waitAt(page, `/mijn/prikbord/${postId}/?ingediend=1`)
    expect((await stored('posts', postId)).editorialStatus).toBe('submitted')
  })
})

describe('attacks through the real HTTP interface', () => {
  let residentA: string
  let theirArticle: number
  let partnersPost: number

  beforeAll(async () => {
    residentA = await signIn(A, RESIDENT_A)
    const made = await post(A, '/mijn/buurtkrant/opslaan', { actie: 'concept', title: 'Mijn eigen stuk', lead: 'Kort.' }, residentA)
    expect(made.status).toBe(303)
    theirArticle = Number(/\/mijn\/buurtkrant\/(\d+)\//.exec(String(made.headers.location))?.[1])
    const partner = await signIn(A, PARTNER_A)
    const placed = await post(A, '/mijn/prikbord/opslaan', { actie: 'concept', kind: 'aanbod', title: 'Zaal vrij op maandag' }, partner)
    expect(placed.status).toBe(303)
    partnersPost = Number(/\/mijn\/prikbord\/(\d+)\//.exec(String(placed.headers.location))?.[1])
  })

  it("another account's item in the same wijk: 404 to see, change, withdraw or close it; nothing changed", async () => {
    expect((await raw('GET', `${A}.localhost`, `/mijn/prikbord/${partnersPost}/`, { cookie: residentA })).status).toBe(404)
    expect((await raw('GET', `${A}.localhost`, `/mijn/prikbord/${partnersPost}/voorbeeld/`, { cookie: residentA })).status).toBe(404)
    for (const actie of ['concept', 'indienen', 'intrekken', 'sluiten']) {
      const answer = await post(
        A,
        '/mijn/prikbord/opslaan',
        { actie, id: String(partnersPost), kind: 'vraag', title: 'Gekaapt', body: 'x', authorName: 'x' },
        residentA,
      )
      expect(answer.status, actie).toBe(404)
      expect(answer.text).toContain('vinden we niet')
    }
    const after = await stored('posts', partnersPost)
    expect(after.title).toBe('Zaal vrij op maandag')
    expect(after.editorialStatus).toBe('draft')
  })

  it("a resident of wijk B, or A's resident on B's site: no session there; A's item is not reachable", async () => {
    const residentB = await signIn(B, RESIDENT_B)
    const there = await post(A, '/mijn/buurtkrant/opslaan', { actie: 'concept', id: String(theirArticle), title: 'Gekaapt' }, residentB)
    expect(there.status).toBe(303)
    expect(there.headers.location).toBe('/mijn/inloggen/')
    const onB = await post(B, '/mijn/buurtkrant/opslaan', { actie: 'concept', id: String(theirArticle), title: 'Gekaapt' }, residentB)
    expect(onB.status).toBe(404)
    expect((await raw('GET', `${B}.localhost`, `/mijn/buurtkrant/${theirArticle}/`, { cookie: residentB })).status).toBe(404)
    expect((await raw('GET', `${A}.localhost`, `/mijn/buurtkrant/${theirArticle}/`, { cookie: residentB })).status).toBe(307)
    expect((await stored('articles', theirArticle)).title).toBe('Mijn eigen stuk')
  })

  it('a partner cannot write for the buurtkrant: 403 in Dutch, nothing stored', async () => {
    const partner = await signIn(A, PARTNER_A)
    const before = await count('articles')
    const answer = await post(A, '/mijn/buurtkrant/opslaan', { actie: 'indienen', title: 'Van de partner', lead: 'x', body: 'x', authorName: 'x' }, partner)
    expect(answer.status).toBe(403)
    expect(answer.text).toContain('Voor de buurtkrant schrijven bewoners')
    expect(await count('articles')).toBe(before)
  })

  it('a forged Origin (or none from another site): 403 in Dutch, nothing stored', async () => {
    const before = await count('articles')
    for (const origin of ['http://evil.example', site(B), 'null']) {
      const answer = await post(A, '/mijn/buurtkrant/opslaan', { actie: 'concept', title: 'Van buiten' }, residentA, { origin })
      expect(answer.status, origin).toBe(403)
      expect(answer.text).toContain('alleen worden verstuurd vanaf de site')
    }
    expect(await count('articles')).toBe(before)
  })

  it('hostile bodies: 4xx with a Dutch message, nothing stored', async () => {
    const targets: Array<[string, FuzzTarget, 'articles' | 'posts']> = [
      [
        '/mijn/buurtkrant/opslaan',
        {
          valid: () => ({ actie: 'concept', title: 'Titel', lead: 'Inleiding', body: 'Tekst', authorName: 'Henk', photoAlt: '' }),
          required: ['actie'],
          // A concept keeps up to four times the real limit (so nothing typed is lost); beyond that is refused.
          maxLengths: { title: 480, lead: 1200, body: 40_000, authorName: 320, photoAlt: 800 },
          strict: ['actie'],
        },
        'articles',
      ],
      [
        '/mijn/prikbord/opslaan',
        {
          valid: () => ({ actie: 'concept', kind: 'vraag', title: 'Titel', body: 'Tekst', authorName: 'Henk', visibleUntil: '', photoAlt: '' }),
          required: ['actie'],
          maxLengths: { title: 400, body: 4000, authorName: 320, visibleUntil: 40, photoAlt: 800 },
          strict: ['actie', 'kind'],
        },
        'posts',
      ],
    ]
    for (const [path, target, collection] of targets) {
      const before = await count(collection)
      const media = await count('media')
      for (const fuzz of hostileBodies(target, 60, 16 + path.length)) {
        const headers: Record<string, string> = { origin: site(A), cookie: residentA }
        let body: string | Buffer | undefined
        if (fuzz.body instanceof FormData) {
          const request = new Request('http://x/', { method: 'POST', body: fuzz.body })
          headers['content-type'] = request.headers.get('content-type')!
          body = Buffer.from(await request.arrayBuffer())
        } else {
          if (fuzz.contentType) headers['content-type'] = fuzz.contentType
          body = typeof fuzz.body === 'string' ? fuzz.body : fuzz.body ? Buffer.from(fuzz.body as Uint8Array) : undefined
        }
        const answer = await raw('POST', `${A}.localhost`, path, headers, body)
        expect(answer.status, fuzz.label).toBeGreaterThanOrEqual(400)
        expect(answer.status, fuzz.label).toBeLessThan(500)
        expect(answer.text, fuzz.label).toMatch(/lang="nl"|"message"/)
        expect(answer.text, fuzz.label).not.toMatch(/at .*\.ts:\d+|stack/i)
      }
      expect(await count(collection), path).toBe(before)
      expect(await count('media'), path).toBe(media)
    }
  })

  it("another account's photo is not shown through /mijn/foto/", async () => {
    const doc = await stored('articles', articleId)
    const partner = await signIn(A, PARTNER_A)
    expect((await raw('GET', `${A}.localhost`, `/mijn/foto/${doc.image.id}/`, { cookie: partner })).status).toBe(404)
  })
})

describe('accessible: axe at 320 and 1280 px and at 200 % text', () => {
  it('the new-piece forms, an edit page with errors and the previews have no violations', async () => {
    const cookie = await signIn(A, RESIDENT_A)
    const made = await post(A, '/mijn/prikbord/opslaan', { actie: 'concept', title: 'Voor de toets' }, cookie)
    const postId = Number(/\/mijn\/prikbord\/(\d+)\//.exec(String(made.headers.location))?.[1])
    const paths = [
      '/mijn/buurtkrant/nieuw/',
      '/mijn/prikbord/nieuw/',
      `/mijn/buurtkrant/${articleId}/`,
      `/mijn/buurtkrant/${articleId}/voorbeeld/`,
      `/mijn/prikbord/${postId}/?controle=1&foto=alt`,
      `/mijn/prikbord/${postId}/voorbeeld/`,
    ]
    // One signed-in context per width; auditAllViews opens each page fresh in it, at normal and 200 % text.
    const signedIn = new Map<number, BrowserContext>()
    for (const width of [320, 1280]) signedIn.set(width, (await openAs(RESIDENT_A, { width })).context())
    const report: string[] = []
    for (const path of paths) {
      report.push(
        ...(await auditAllViews(async (width) => {
          const page = await signedIn.get(width)!.newPage()
          await page.goto(`${site(A)}${path}`)
          return page
        }, path)),
      )
    }
    expect(report).toEqual([])
  })
})
