import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import { configureEveryConnection, type LibsqlClient } from './sqliteConnections'
import { createWriterTurn } from './writerTurn'

/**
 * Transactions for Payload's SQLite adapter that never lose a write without saying so.
 *
 * Payload's own (@payloadcms/drizzle `beginTransaction`) runs each transaction as a drizzle
 * transaction and ends it with `.catch(...)` that swallows the drizzle error: when the COMMIT
 * itself failed, drizzle rolled the writes back and `commitTransaction` still resolved, so the
 * operation answered "saved" for a write that was gone (issue 15, finding 13: a user created in
 * a test's setup was missing a moment later, the next insert failed its foreign key).
 *
 * Here: transactions of this process take turns (see writerTurn: one SQLite writer), a COMMIT
 * error rejects `commitTransaction` (the operation fails loudly and Payload reports it), and
 * every connection gets the adapter's busy_timeout (see sqliteConnections). Only for SQLite
 * with transactions switched on; MongoDB and SQLite without transactions are left as they are.
 */
type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type SqliteAdapter = Omit<Payload['db'], 'sessions'> & {
  client: LibsqlClient
  drizzle: { transaction: (run: (tx: unknown) => Promise<void>) => Promise<void> }
  sessions: Record<string, Session>
  busyTimeout?: number
  wal?: false | { synchronous?: string }
  initializing?: Promise<void>
  transactionOptions?: unknown
}

/** Thrown inside the drizzle transaction to make it roll back; not an error of anyone's. */
const ROLLBACK = Symbol('rollback')

/** How long a transaction waits for its turn when the adapter sets no busy_timeout. */
const DEFAULT_WAIT_MS = 5_000

const installed = new WeakSet<object>()

export const installSqliteTransactions = (payload: Payload): void => {
  const adapter = payload.db as unknown as SqliteAdapter
  // Without transactionOptions the adapter's beginTransaction is a no-op: every write commits on its own.
  if (adapter.name !== 'sqlite' || !adapter.transactionOptions || installed.has(adapter)) return
  installed.add(adapter)

  const waitMs = adapter.busyTimeout || DEFAULT_WAIT_MS
  const pragmas = [`PRAGMA busy_timeout = ${adapter.busyTimeout ?? 0}`]
  if (adapter.wal && adapter.wal.synchronous) pragmas.push(`PRAGMA synchronous = ${adapter.wal.synchronous}`)
  configureEveryConnection(adapter.client, pragmas)
  const turn = createWriterTurn()

  adapter.beginTransaction = async () => {
    const id = randomUUID()
    await adapter.initializing
    let release: () => void = () => {}
    try {
      release = await turn.acquire(waitMs)
      let opened!: (db: unknown) => void
      let decide!: (commit: boolean) => void
      const open = new Promise<unknown>((resolve) => (opened = resolve))
      const decision = new Promise<boolean>((resolve) => (decide = resolve))
      const done = adapter.drizzle.transaction(async (tx) => {
        opened(tx)
        if (!(await decision)) throw ROLLBACK
      })
      // `done` settles first only when BEGIN failed.
      const db = await Promise.race([open, done.then(() => Promise.reject(new Error('the transaction ended before it began')))])
      const end = async (commit: boolean) => {
        decide(commit)
        try {
          await done
        } catch (error) {
          if (error !== ROLLBACK) throw error
        } finally {
          release()
        }
      }
      adapter.sessions[id] = { db, resolve: () => end(true), reject: () => end(false) }
      return id
    } catch (error) {
      release()
      const message = error instanceof Error ? error.message : String(error)
      payload.logger.error({ err: error, msg: `Error: cannot begin transaction: ${message}` })
      throw new Error(`Error: cannot begin transaction: ${message}`)
    }
  }

  adapter.commitTransaction = async (incoming) => {
    const id = await incoming
    const session = adapter.sessions[id as string]
    if (!session) return
    // Gone from the registry first, so no other operation of the request writes into a transaction that is ending.
    delete adapter.sessions[id as string]
    try {
      await session.resolve()
    } catch (error) {
      payload.logger.error({ err: error, msg: 'A database transaction could not be committed; its writes were rolled back' })
      throw error
    }
  }

  adapter.rollbackTransaction = async (incoming) => {
    const id = await incoming
    const session = adapter.sessions[id as string]
    if (!session) return
    delete adapter.sessions[id as string]
    await session.reject()
  }
}
