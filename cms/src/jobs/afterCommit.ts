import type { Payload, PayloadRequest } from 'payload'

/**
 * Payload has no "after commit" hook: afterChange and afterOperation both run before the
 * transaction commits (Payload issue #5886). This wraps the adapter's commit and rollback, so
 * callbacks registered for a transaction run only once its writes are visible to everyone,
 * and are dropped when it rolls back. Works for any adapter (SQLite, MongoDB).
 */
type Callback = () => void
type Registry = Map<string | number, Callback[]>

const registries = new WeakMap<Payload, Registry>()

const take = (registry: Registry, id: unknown): Callback[] => {
  const callbacks = registry.get(id as string) ?? []
  registry.delete(id as string)
  return callbacks
}

export const installAfterCommit = (payload: Payload): void => {
  if (registries.has(payload)) return
  const registry: Registry = new Map()
  registries.set(payload, registry)
  const { db } = payload
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (incoming) => {
    const id = await incoming
    // Taken before the commit: a commit that fails throws here, and its callbacks are dropped with it.
    const callbacks = take(registry, id)
    await commit(id)
    for (const callback of callbacks) callback()
  }
  db.rollbackTransaction = async (incoming) => {
    const id = await incoming
    take(registry, id)
    await rollback(id)
  }
}

/**
 * Runs `callback` once the request's writes are committed. Without a transaction (SQLite's
 * default, MongoDB without a replica set) every write is already durable, so it runs on the
 * next turn of the event loop, after the current hook has returned.
 */
export const afterCommit = async (req: PayloadRequest, callback: Callback): Promise<void> => {
  const id = await req.transactionID
  const registry = registries.get(req.payload)
  // Payload's dataloader can leave `{}` here (a JSON round trip of a pending transaction promise)
  // when the adapter has no transactions: only a string or number names a real transaction.
  if ((typeof id !== 'string' && typeof id !== 'number') || !registry) {
    setImmediate(callback)
    return
  }
  registry.set(id, [...(registry.get(id) ?? []), callback])
}
