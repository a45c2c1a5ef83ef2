import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

import { type Payload, ValidationError } from 'payload'

import { jobsLeaseMs } from './leaseSettings'
import { LEASES } from './Leases'

/** This process, as the holder written on its claims (for whoever reads the table). */
const HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

export type Lease = {
  /** Pushes the end of the claim out by another lease length; false once someone else took over. */
  renew: () => Promise<boolean>
  /** Gives the resource back at once (the claim's end is set to now). */
  release: () => Promise<void>
}

type LeaseRow = { id: number | string; generation: number; leaseUntil: string }

const collection = LEASES as 'users'
const write = { overrideAccess: true, depth: 0, disableTransaction: true } as const

const latestClaim = async (payload: Payload, resource: string): Promise<LeaseRow | undefined> => {
  const { docs } = await payload.find({ collection, where: { resource: { equals: resource } }, sort: '-generation', limit: 1, pagination: false, ...write })
  return docs[0] as unknown as LeaseRow | undefined
}

/**
 * Claims `resource` (`job:12`, `aanvraag-mails:7`) for this process, or returns null when someone
 * holds it. Atomic on SQLite and MongoDB alike without transactions: the next claim's key
 * (resource + generation) can be inserted once only, so of two workers that both saw the resource
 * free, one insert fails on the unique index. A holder that died simply stops renewing: when its
 * claim has run out, the next generation can be inserted. The caller must re-read the resource
 * after claiming: the previous holder may have finished it in the meantime.
 */
export const acquireLease = async (payload: Payload, resource: string, now = new Date()): Promise<Lease | null> => {
  const latest = await latestClaim(payload, resource)
  if (latest && new Date(latest.leaseUntil) > now) return null
  const generation = (latest?.generation ?? 0) + 1
  const until = () => new Date(Date.now() + jobsLeaseMs()).toISOString()
  let claim: LeaseRow
  try {
    claim = (await payload.create({
      collection,
      data: { resource, generation, key: `${resource}#${generation}`, leaseUntil: until(), holder: HOLDER } as never,
      ...write,
    })) as unknown as LeaseRow
  } catch (error) {
    if (error instanceof ValidationError) return null // another worker inserted this generation first
    throw error
  }
  const setUntil = (leaseUntil: string) => payload.update({ collection, id: claim.id, data: { leaseUntil } as never, ...write })
  return {
    renew: async () => {
      if ((await latestClaim(payload, resource))?.id !== claim.id) return false
      await setUntil(until())
      return true
    },
    release: async () => {
      await setUntil(new Date().toISOString())
    },
  }
}

/**
 * Runs `work` while holding `lease`, renewing it every third of its length, and releases it after.
 * Renewal failures are logged: the work itself is not interrupted (a mail half sent cannot be).
 */
export const whileHolding = async <T>(payload: Payload, lease: Lease, resource: string, work: () => Promise<T>): Promise<T> => {
  const timer = setInterval(
    () => {
      lease
        .renew()
        .then((held) => held || payload.logger.warn(`Claim on ${resource} ran out while working on it; another worker may repeat it`))
        .catch((error: unknown) => payload.logger.error({ err: error, msg: `Renewing the claim on ${resource} failed` }))
    },
    Math.max(100, Math.floor(jobsLeaseMs() / 3)),
  )
  timer.unref()
  try {
    return await work()
  } finally {
    clearInterval(timer)
    await lease
      .release()
      .catch((error: unknown) => payload.logger.error({ err: error, msg: `Releasing the claim on ${resource} failed (it runs out by itself)` }))
  }
}

/** Claims older than this are long finished or abandoned; the retention pass removes them. */
const KEEP_CLAIMS_MS = 24 * 3_600_000

/** Removes claims that ended more than a day ago (each resource keeps its newer ones). */
export const pruneOldLeases = async (payload: Payload, now = new Date()): Promise<void> => {
  await payload.delete({ collection, where: { leaseUntil: { less_than: new Date(now.getTime() - KEEP_CLAIMS_MS).toISOString() } }, ...write })
}
