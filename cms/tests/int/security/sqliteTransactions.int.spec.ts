/**
 * Issue 15, finding 13: with SQLITE_TRANSACTIONS=true a write answered as saved could be gone a
 * moment later (the suite's setup failed on another machine: the article's author, created just
 * before, was not there, SQLITE_CONSTRAINT_FOREIGNKEY).
 *
 * The cause, reproduced here: two transactions of one process overlapped (a job run next to a
 * save). The second BEGIN failed at once with SQLITE_BUSY (the libsql client's later connections
 * had no busy_timeout, and a synchronous driver cannot wait for its own process anyway) and left
 * its connection with a busy statement, so the next transaction on it could not COMMIT; Payload's
 * SQLite adapter swallowed that COMMIT error and answered "saved". Now transactions take turns,
 * every connection has the busy timeout, and a failed COMMIT fails the operation.
 */
import { createLocalReq, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../../src/seed/richText'
import { startPayloadWorld } from '../../helpers/payload'
import { restApi, TEST_PASSWORD } from '../../helpers/restApi'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World
let rest: ReturnType<typeof restApi>

beforeAll(async () => {
  process.env.SQLITE_TRANSACTIONS = 'true'
  ;({ payload, world } = await startPayloadWorld())
  rest = restApi(payload)
})
afterAll(async () => payload?.destroy())

const titleOf = async (collection: 'events' | 'articles', id: number) => (await payload.findByID({ collection, id, overrideAccess: true, depth: 0 })).title

describe('finding 13: overlapping SQLite transactions lose no write', () => {
  it('saves arriving at once through REST are each answered 200 and each stored', async () => {
    const { admin } = world.users
    await rest('GET', '/users/me', { as: admin.email }) // logged in before, so only the saves overlap
    const targets = [
      ['events', world.eventA1.id],
      ['events', world.eventA2.id],
      ['events', world.eventB1.id],
      ['articles', world.articleOfWriterA.id],
      ['articles', world.articleOfOtherWriterA.id],
      ['articles', world.articleB.id],
    ] as const
    const answers = await Promise.all(
      targets.map(([collection, id], i) => rest('PATCH', `/${collection}/${id}`, { as: admin.email, json: { title: `Tegelijk bewaard ${i}` } })),
    )
    expect(answers.map((answer) => answer.status)).toEqual(targets.map(() => 200))
    for (const [i, [collection, id]] of targets.entries()) expect(await titleOf(collection, id)).toBe(`Tegelijk bewaard ${i}`)
  })

  it('a job run overlapping the creation of an account neither fails nor makes the account vanish (the setup failure)', async () => {
    const { admin } = world.users
    const [created, jobRun] = await Promise.all([
      rest('POST', '/users', {
        as: admin.email,
        json: { name: 'Redactie B2', email: 'redactie-b2@test.nl', password: TEST_PASSWORD, role: 'editor', tenants: [{ tenant: world.wijkB.id }] },
      }),
      // What the job sweep does every second: claim due jobs in a transaction of its own.
      payload.jobs.run({ queue: 'mail', limit: 10, silent: true }).then(
        () => 'ran',
        (error: unknown) => String(error),
      ),
    ])
    expect(jobRun).toBe('ran')
    expect(created.status).toBe(201)
    const author = created.body.doc.id as number

    const article = await rest('POST', '/articles', {
      as: admin.email,
      json: {
        tenant: world.wijkB.id,
        title: 'Kanaleneiland leest mee',
        lead: 'Een verhaal.',
        body: richText(['Tekst.']),
        authorName: 'Redactie B2',
        author,
        editorialStatus: 'draft',
      },
    })
    expect(article.status).toBe(201)
    expect(await titleOf('articles', article.body.doc.id)).toBe('Kanaleneiland leest mee')
    expect((await payload.findByID({ collection: 'users', id: author, overrideAccess: true, depth: 0 })).email).toBe('redactie-b2@test.nl')
  })

  it('a COMMIT that fails makes the operation fail instead of answering "saved" for a rolled-back write', async () => {
    const id = await payload.db.beginTransaction()
    const req = await createLocalReq({}, payload)
    req.transactionID = id!
    // Test-only: a foreign key checked at COMMIT instead of at the insert is the simplest COMMIT that fails.
    const session = (payload.db as unknown as { sessions: Record<string, { db: { session: { tx: { execute(sql: string): Promise<unknown> } } } }> }).sessions[
      id as string
    ]!
    await session.db.session.tx.execute('PRAGMA defer_foreign_keys = ON')
    await payload.db.create({ collection: 'themes', data: { tenant: 999_999, name: 'Wees' }, req })
    await expect(payload.db.commitTransaction(id!)).rejects.toThrow(/FOREIGN KEY/)
    expect((await payload.count({ collection: 'themes', where: { name: { equals: 'Wees' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('every connection of the SQLite client has the busy timeout, also those opened after a transaction', async () => {
    const id = await payload.db.beginTransaction()
    await payload.db.commitTransaction(id!)
    // The client handed its connection to that transaction; this runs on the one it opened next.
    const client = (payload.db as unknown as { client: { execute(sql: string): Promise<{ rows: Array<Record<string, unknown>> }> } }).client
    expect(Number((await client.execute('PRAGMA busy_timeout')).rows[0]!.timeout)).toBe(5000)
  })
})
