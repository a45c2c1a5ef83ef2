import type { Payload } from 'payload'

import { migrations } from '../migrations'
import { databaseKind } from './databaseAdapter'

/**
 * Payload applies `prodMigrations` only when NODE_ENV is production; dev servers, scripts and
 * tests use the same committed migrations so that every SQLite file has one schema history.
 * MongoDB is schemaless here and needs none.
 */
export const runPendingMigrations = async (payload: Payload): Promise<void> => {
  if (databaseKind() !== 'sqlite') return
  if (process.env.NODE_ENV === 'production' || process.env.PAYLOAD_MIGRATING === 'true') return
  if (process.env.DATABASE_PUSH === 'true') return
  await payload.db.migrate({ migrations: migrations as never })
}
