/**
 * One SQLite write transaction at a time in this process, first come first served.
 *
 * SQLite allows one writer per database file anyway. The libsql driver is synchronous, so a
 * second transaction that started while this process already held the write lock could never
 * wait for it (`busy_timeout` would block the one thread that has to finish the first); it failed
 * at once with SQLITE_BUSY. Here it waits its turn without blocking the event loop.
 *
 * A wait longer than `timeoutMs` fails, so a transaction started from inside another one (which
 * would wait for itself) ends in an error instead of hanging.
 */
export type Release = () => void

export const createWriterTurn = () => {
  let busy = false
  const waiting: Array<(release: Release) => void> = []

  const release: Release = () => {
    const next = waiting.shift()
    if (next) next(once())
    else busy = false
  }
  // A turn is given back exactly once, whatever path the transaction ends on.
  const once = (): Release => {
    let released = false
    return () => {
      if (released) return
      released = true
      release()
    }
  }

  const acquire = (timeoutMs: number): Promise<Release> => {
    if (!busy) {
      busy = true
      return Promise.resolve(once())
    }
    return new Promise((resolve, reject) => {
      const grant = (turn: Release) => {
        clearTimeout(timer)
        resolve(turn)
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(grant), 1)
        reject(new Error(`SQLITE_BUSY: waited ${timeoutMs} ms for another transaction of this process to end`))
      }, timeoutMs)
      timer.unref()
      waiting.push(grant)
    })
  }

  return { acquire }
}
