import { requestHost } from '../wijk/requestHost'

/** Payload's own cookie name (cookiePrefix "payload"): payload.auth reads it. */
export const AUTH_COOKIE = 'payload-token'

/** Only Mijn buurt's pages and posts get it; the wijk's static pages never see it. */
const AUTH_COOKIE_PATH = '/mijn'

/**
 * The Set-Cookie of a Mijn buurt session: HttpOnly, SameSite=Lax (a link from a mail or the site still
 * arrives signed in; a cross-site post does not), Secure whenever the browser used https.
 */
export const sessionCookie = (headers: Headers, token: string, maxAgeSeconds: number): string =>
  [
    `${AUTH_COOKIE}=${token}`,
    `Path=${AUTH_COOKIE_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(requestHost(headers).proto === 'https' ? ['Secure'] : []),
  ].join('; ')

export const expiredSessionCookie = (headers: Headers): string =>
  [`${AUTH_COOKIE}=`, `Path=${AUTH_COOKIE_PATH}`, 'Max-Age=0', 'HttpOnly', 'SameSite=Lax', ...(requestHost(headers).proto === 'https' ? ['Secure'] : [])].join(
    '; ',
  )
