import { addSessionToUser } from 'payload/shared'
import { createLocalReq, getFieldsToSign, jwtSign, logoutOperation, type Payload } from 'payload'

import type { User, Wijken } from '../../payload-types'
import { AUTH_COOKIE } from './authCookie'
import { belongsToWijk, isMijnRole } from './getMijnSession'

/** Why a sign-in did not give a Mijn buurt session (each has its own Dutch words on the sign-in page). */
type SignInRefusal = 'wrong' | 'unverified' | 'throttled' | 'editor' | 'other-wijk'

export type SignInResult = { ok: true; token: string; maxAgeSeconds: number } | { ok: false; reason: SignInRefusal; retryAfterSeconds?: number }

const tokenExpiration = (payload: Payload): number => payload.collections.users.config.auth.tokenExpiration

/** A session's token given up at once (signed out, or an account that may not use this wijk). */
export const revokeToken = async (payload: Payload, token: string): Promise<void> => {
  const { user } = await payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })
  if (!user) return
  const req = await createLocalReq({ user }, payload)
  await logoutOperation({ collection: payload.collections.users, req } as never)
}

/**
 * Whether this account may use Mijn buurt on this wijk. Told only after a right password or a valid
 * link: before that, every refusal reads the same ("wrong").
 */
const mayUseWijk = (user: Pick<User, 'role' | 'tenants'>, wijk: Pick<Wijken, 'id'>): SignInRefusal | null => {
  if (!isMijnRole(user.role)) return 'editor'
  if (!belongsToWijk(user, wijk)) return 'other-wijk'
  return null
}

/**
 * E-mail and password, through Payload's own login (its checks: the password, a confirmed address, and
 * our throttle per address and client in Users/loginThrottle.ts, which reads the client address from
 * `headers`). An account of another wijk or of the redactie gets no session here.
 */
export const signInWithPassword = async (payload: Payload, headers: Headers, wijk: Wijken, email: string, password: string): Promise<SignInResult> => {
  let result: Awaited<ReturnType<typeof payload.login<'users'>>>
  try {
    const req = await createLocalReq({ req: { headers } as never }, payload)
    result = await payload.login({ collection: 'users', data: { email, password }, req, depth: 0 })
  } catch (error) {
    // By status, not instanceof: in Next's bundle Payload's error classes may be other copies.
    const status = (error as { status?: unknown } | null)?.status
    if (status === 403) return { ok: false, reason: 'unverified' } // UnverifiedEmail
    if (status === 429) return { ok: false, reason: 'throttled', retryAfterSeconds: 15 * 60 } // Users/loginThrottle.ts
    if (status === 401) return { ok: false, reason: 'wrong' } // AuthenticationError
    throw error
  }
  const token = result.token
  if (!token) return { ok: false, reason: 'wrong' }
  const refusal = mayUseWijk(result.user as User, wijk)
  if (refusal) {
    await revokeToken(payload, token)
    return { ok: false, reason: refusal }
  }
  return { ok: true, token, maxAgeSeconds: tokenExpiration(payload) }
}

/**
 * A session without a password, for a sign-in link that was just used up (signInLink/useSignInLink.ts):
 * the same token Payload's login issues (a session id in the user's sessions, signed with the secret).
 */
export const issueSession = async (payload: Payload, userId: number | string, wijk: Wijken): Promise<SignInResult> => {
  const collectionConfig = payload.collections.users.config
  const user = (await payload.db.findOne({ collection: 'users', where: { id: { equals: userId } } })) as (User & { _verified?: boolean | null }) | null
  if (!user) return { ok: false, reason: 'wrong' }
  if (user._verified === false) return { ok: false, reason: 'unverified' }
  const refusal = mayUseWijk(user, wijk)
  if (refusal) return { ok: false, reason: refusal }
  const req = await createLocalReq({}, payload)
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user: user as never })
  const fieldsToSign = getFieldsToSign({ collectionConfig, email: user.email, sid, user: { ...user, collection: 'users' } as never })
  const { token } = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: tokenExpiration(payload) })
  return { ok: true, token, maxAgeSeconds: tokenExpiration(payload) }
}

/** The token of the Mijn buurt cookie in a request, if any. */
export const tokenOfRequest = (headers: Headers): string | null => {
  const cookie = headers.get('cookie') ?? ''
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === AUTH_COOKIE) return rest.join('=') || null
  }
  return null
}
