import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations } from '../migrations'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DEFAULT_SQLITE_FILE = path.join(cmsRoot, 'data', 'wijkplatform.db')

export type DatabaseKind = 'sqlite' | 'mongodb'

export const databaseKind = (url = process.env.DATABASE_URL ?? ''): DatabaseKind => {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(`DATABASE_URL "${url}" is not supported. Use nothing or file:path/to.db for SQLite, or mongodb://… for MongoDB.`)
}

/** Relative SQLite paths resolve against cms/, not the current directory, so every entry point finds one file. */
export const sqliteUrl = (url = process.env.DATABASE_URL ?? ''): string => {
  const file = url ? url.slice('file:'.length) : DEFAULT_SQLITE_FILE
  return `file:${path.isAbsolute(file) ? file : path.join(cmsRoot, file)}`
}

/**
 * SQLite (embedded default) or MongoDB (production), chosen by DATABASE_URL.
 * SQLite never uses dev-mode schema push: the committed migrations are the one schema history,
 * applied on start (see onInit), because mixing push and migrations on one file breaks `migrate`.
 */
export const databaseAdapter = (): DatabaseAdapterObj => {
  if (databaseKind() === 'mongodb') return mongooseAdapter({ url: process.env.DATABASE_URL as string })
  return sqliteAdapter({
    client: { url: sqliteUrl() },
    push: process.env.DATABASE_PUSH === 'true',
    migrationDir: path.join(cmsRoot, 'src', 'migrations'),
    // A pushed schema has no migration history: running them on it would stop at Payload's y/N prompt
    // (a production server started on a file the seed pushed, as the e2e tests do with DATABASE_PUSH).
    prodMigrations: process.env.DATABASE_PUSH === 'true' ? undefined : migrations,
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    busyTimeout: 5000,
    ...(process.env.SQLITE_TRANSACTIONS === 'true' ? { transactionOptions: {} } : {}),
  })
}
