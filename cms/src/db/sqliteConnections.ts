/**
 * Keeps every connection of @libsql/client's local (file) client configured and usable.
 *
 * The client hands its connection to each transaction and opens a new one for what comes next.
 * Payload's SQLite adapter sets `busy_timeout` (and WAL's `synchronous`) once, on the first
 * connection, so every later connection ran with busy_timeout 0: a write colliding with another
 * process (a CLI next to the server) failed at once with SQLITE_BUSY.
 *
 * A BEGIN that fails with SQLITE_BUSY poisons its connection: SQLite leaves a busy statement
 * resumable, and libsql resets it only when the garbage collector finalizes it. Until then every
 * COMMIT on that connection fails ("cannot commit transaction - SQL statements in progress") and
 * the transaction's writes are rolled back. The client keeps that connection for the next
 * transaction, so here it is handed off to a throwaway transaction and never used again.
 */
type LibsqlTransaction = { close(): void }
export type LibsqlClient = {
  protocol?: string
  transaction(mode?: string): Promise<LibsqlTransaction>
  execute(sql: string): Promise<unknown>
}

const configured = new WeakSet<LibsqlClient>()

export const configureEveryConnection = (client: LibsqlClient, pragmas: readonly string[]): void => {
  if (configured.has(client) || client.protocol !== 'file') return
  configured.add(client)
  const transaction = client.transaction.bind(client)
  // Touching the client opens its next connection now, so it gets the settings before anything else runs on it.
  const configureNext = async () => {
    for (const pragma of pragmas) await client.execute(pragma)
  }
  client.transaction = async (mode) => {
    let tx: LibsqlTransaction
    try {
      tx = await transaction(mode)
    } catch (error) {
      // A deferred BEGIN takes no lock, so it succeeds and the client lets go of the poisoned connection.
      ;(await transaction('deferred')).close()
      await configureNext()
      throw error
    }
    await configureNext()
    return tx
  }
}
