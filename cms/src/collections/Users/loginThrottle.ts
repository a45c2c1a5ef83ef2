import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { createRateLimiter } from '@wijk/shared/rateLimit'

import { clientIp } from '../../public/clientIp'

/**
 * Failed logins, counted instead of locking the account (Payload's maxLoginAttempts let anyone who
 * knows an address lock its owner out). Per address and client (cms/server.ts's client address):
 * that pair is refused after `perClient` failures. Per address: past `perAddress` failures from all
 * clients together, a client that has already guessed wrong is refused at once, while a client with
 * no failures (the owner, elsewhere) still gets its tries. In memory, per process (shared/src/rateLimit.ts).
 */
export const LOGIN_LIMITS = {
  perClient: { max: 5, windowMs: 15 * 60_000 },
  perAddress: { max: 30, windowMs: 15 * 60_000 },
} as const

const perClient = createRateLimiter(LOGIN_LIMITS.perClient)
const perAddress = createRateLimiter(LOGIN_LIMITS.perAddress)

const TOO_MANY = 'Te vaak een verkeerd wachtwoord. Wacht een kwartier en probeer het dan opnieuw, of vraag met "Wachtwoord vergeten?" een nieuw wachtwoord aan.'

const pairOf = (email: string, req: PayloadRequest) => `${email} ${clientIp(req.headers)}`

const refuse = (req: PayloadRequest, retryAfterSeconds: number): never => {
  req.responseHeaders = new Headers({ 'retry-after': String(retryAfterSeconds) })
  throw new APIError(TOO_MANY, 429, null, true)
}

/**
 * beforeOperation 'login' (REST, GraphQL and the Local API all pass here): every attempt counts as a
 * failure until it succeeds (see forgetFailedLogins), so no path around the count exists.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const typed = (args as { data?: { email?: unknown } }).data?.email
  if (typeof typed !== 'string' || typed.trim() === '') return args
  const email = typed.trim().toLowerCase()
  const pair = pairOf(email, req)
  const earlierFailures = await perClient.hits(pair)
  const byClient = await perClient.consume(pair)
  const byAddress = await perAddress.consume(email)
  if (!byClient.allowed) refuse(req, byClient.retryAfterSeconds)
  if (!byAddress.allowed && earlierFailures > 0) refuse(req, byAddress.retryAfterSeconds)
  return args
}

/** A right password: this client's failures are forgotten and its attempt no longer counts for the address. */
export const forgetFailedLogins: CollectionAfterLoginHook = async ({ req, user }) => {
  const email = String((user as { email?: string }).email ?? '').toLowerCase()
  await perClient.reset(pairOf(email, req))
  await perAddress.giveBack(email)
}
