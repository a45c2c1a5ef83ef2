import type { CollectionSlug, Payload, Where } from 'payload'

/** How many documents one find and one delete handle at most. */
export const PAGE_SIZE = 500

/** Runs one page of work (retention runs each page in turn with the job queues); undefined means "stop". */
export type PageRunner = <T>(work: () => Promise<T>) => Promise<T | undefined>

const direct: PageRunner = (work) => work()

/**
 * Deletes every document matching `where`, at most PAGE_SIZE per find and delete, through the Local
 * API with its hooks (so the same code works on SQLite and MongoDB). Returns how many went. Stops
 * when a page deletes nothing, so a document that cannot be deleted never makes it loop.
 */
export const deleteInPages = async (payload: Payload, collection: CollectionSlug, where: Where, inTurn: PageRunner = direct): Promise<number> => {
  let removed = 0
  for (;;) {
    const deleted = await inTurn(async () => {
      const { docs } = await payload.find({ collection, where, limit: PAGE_SIZE, depth: 0, select: { createdAt: true }, overrideAccess: true, sort: 'id' })
      if (docs.length === 0) return 0
      const ids = docs.map((doc) => doc.id)
      const result = await payload.delete({ collection, where: { id: { in: ids } }, depth: 0, select: { createdAt: true }, overrideAccess: true })
      if (result.errors.length)
        payload.logger.warn({
          msg: `Retention: ${result.errors.length} of ${ids.length} ${collection} could not be removed`,
          errors: result.errors.map((error) => error.message),
        })
      return result.docs.length
    })
    if (!deleted) return removed
    removed += deleted
  }
}
