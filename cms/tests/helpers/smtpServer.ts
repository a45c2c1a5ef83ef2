import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = ParsedMail & { envelopeTo: string[] }

export type LocalSmtp = {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  url: string
  port: number
  messages: ReceivedMail[]
  /** Resolves with the first message (already received or still to come) the predicate accepts. */
  waitForMail: (predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
  /** Closes the port (an outage); `start()` listens on the same port again. */
  stop: () => Promise<void>
  start: () => Promise<void>
}

/** Addresses of a parsed header (to, cc), lower-cased. */
export const addressesOf = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()))

/**
 * A real SMTP server on loopback that the CMS's real nodemailer talks to: no TLS, any login
 * accepted, every message parsed with mailparser and kept in order of arrival.
 */
export const startLocalSmtp = async (port = 0): Promise<LocalSmtp> => {
  const messages: ReceivedMail[] = []
  const waiters: Array<{ predicate: (mail: ReceivedMail) => boolean; resolve: (mail: ReceivedMail) => void }> = []

  const receive = (mail: ReceivedMail) => {
    messages.push(mail)
    for (const waiter of [...waiters]) {
      if (!waiter.predicate(mail)) continue
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.resolve(mail)
    }
  }

  const createServer = () =>
    new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            receive(Object.assign(parsed, { envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()) }))
            callback()
          })
          .catch((error: Error) => callback(error))
      },
    })

  let server = createServer()
  const listen = (onPort: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject)
      server.listen(onPort, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))
    })
  const boundPort = await listen(port)

  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
  const start = async () => {
    server = createServer()
    await listen(boundPort)
  }

  const waitForMail = (predicate: (mail: ReceivedMail) => boolean, timeoutMs = 30_000) => {
    const found = messages.find(predicate)
    if (found) return Promise.resolve(found)
    return new Promise<ReceivedMail>((resolve, reject) => {
      const waiter = { predicate, resolve: (mail: ReceivedMail) => (clearTimeout(timer), resolve(mail)) }
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1)
        reject(new Error(`No matching mail within ${timeoutMs} ms (received: ${messages.map((m) => m.subject).join(' | ') || 'none'})`))
      }, timeoutMs)
      waiters.push(waiter)
    })
  }

  return { url: `smtp://127.0.0.1:${boundPort}`, port: boundPort, messages, waitForMail, stop, start }
}
