import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { databaseAdapter, databaseKind, DEFAULT_SQLITE_FILE, sqliteUrl } from '../../src/db/databaseAdapter'
import { secret } from '../../src/env'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe('database selection from DATABASE_URL', () => {
  it('defaults to the embedded SQLite file under cms/data', () => {
    expect(databaseKind('')).toBe('sqlite')
    expect(sqliteUrl('')).toBe(`file:${DEFAULT_SQLITE_FILE}`)
    expect(DEFAULT_SQLITE_FILE).toMatch(/cms\/data\/wijkplatform\.db$/)
  })

  it('resolves relative SQLite paths against cms/, whatever the working directory', () => {
    expect(sqliteUrl('file:data/other.db')).toBe(`file:${path.join(path.dirname(path.dirname(DEFAULT_SQLITE_FILE)), 'data/other.db')}`)
    expect(sqliteUrl('file:/var/lib/wijk.db')).toBe('file:/var/lib/wijk.db')
  })

  it('chooses MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(databaseKind('mongodb://db:27017/wijk')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.net/wijk')).toBe('mongodb')
    process.env.DATABASE_URL = 'mongodb://127.0.0.1:27017/wijk'
    expect(databaseAdapter().name).toBe('mongoose')
    process.env.DATABASE_URL = 'file:/tmp/x.db'
    expect(databaseAdapter().name).toBe('sqlite')
  })

  it('refuses an unknown database URL with a message that says what works', () => {
    expect(() => databaseKind('postgres://db/wijk')).toThrow(/file:path\/to\.db for SQLite, or mongodb:/)
  })
})

describe('secrets', () => {
  it('fail loudly when missing in production', () => {
    process.env = { ...saved, NODE_ENV: 'production', PAYLOAD_SECRET: '', SNAPSHOT_TOKEN: '' }
    expect(() => secret('PAYLOAD_SECRET')).toThrow(/PAYLOAD_SECRET is not set.*production/)
    expect(() => secret('SNAPSHOT_TOKEN')).toThrow(/SNAPSHOT_TOKEN is not set/)
    process.env.WEBHOOK_SECRET = ''
    expect(() => secret('WEBHOOK_SECRET')).toThrow(/WEBHOOK_SECRET is not set/)
  })

  it('come from the environment, with a local default outside production', () => {
    process.env = { ...saved, NODE_ENV: 'production', SNAPSHOT_TOKEN: 'from-env' }
    expect(secret('SNAPSHOT_TOKEN')).toBe('from-env')
    process.env = { ...saved, NODE_ENV: 'development', SNAPSHOT_TOKEN: '' }
    expect(secret('SNAPSHOT_TOKEN')).toMatch(/^dev-only/)
  })
})
