import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { createRateLimiter } from '@wijk/shared/rateLimit'

import { isEditorRole, roleOf } from '../access/roles'
import { auditPrivacy } from './auditPrivacy'
import { erasePersonalData } from './erasePersonalData'
import { countsOf, findPersonalData } from './personalData'
import { parsePrivacyEmail } from './privacyEmail'

/** Enough for real requests from a resident; a script that walks through addresses stops here. */
const privacyLimiter = createRateLimiter({ max: 20, windowMs: 60_000 })

const answer = (status: number, message: string, extra: Record<string, unknown> = {}) => Response.json({ message, ...extra }, { status })

type Checked = { ok: true; email: string } | { ok: false; response: Response }

/** Logged in, redactie or admin, a valid address, within the rate limit. */
const check = async (req: PayloadRequest): Promise<Checked> => {
  if (!req.user) return { ok: false, response: answer(401, 'Log eerst in.') }
  if (!isEditorRole(roleOf(req))) return { ok: false, response: answer(403, 'Alleen de redactie kan gegevens van bewoners opvragen of verwijderen.') }
  const parsed = parsePrivacyEmail(req.routeParams?.email)
  if (!parsed.ok) return { ok: false, response: answer(400, parsed.message) }
  if (!(await privacyLimiter.consume(String(req.user.id))).allowed)
    return { ok: false, response: answer(429, 'Je hebt net veel verzoeken gedaan. Wacht een minuut en probeer het dan opnieuw.') }
  return { ok: true, email: parsed.email }
}

const exportHandler: PayloadHandler = async (req) => {
  const checked = await check(req)
  if (!checked.ok) return checked.response
  const data = await findPersonalData(req, checked.email)
  auditPrivacy(req, 'export', checked.email, { found: countsOf(data) })
  const body = JSON.stringify({ email: checked.email, exportedAt: new Date().toISOString(), ...data }, null, 2)
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="gegevens-${checked.email.replace(/[^a-z0-9.@_-]/g, '_')}.json"`,
      'cache-control': 'no-store',
    },
  })
}

const eraseHandler: PayloadHandler = async (req) => {
  const checked = await check(req)
  if (!checked.ok) return checked.response
  const data = await findPersonalData(req, checked.email)
  const result = await erasePersonalData(req, checked.email, data)
  auditPrivacy(req, 'erase', checked.email, { found: countsOf(data), ...result })
  const message = result.refused.length
    ? 'Bijna alles is verwijderd. Een deel mocht je niet verwijderen (bijvoorbeeld het account van een redacteur); vraag dat aan de beheerder.'
    : 'Alles over dit e-mailadres is verwijderd. Gepubliceerde buurtkrantstukken blijven staan, zonder naam.'
  return answer(200, message, result)
}

/**
 * GET /api/privacy/:email — everything stored about one address, as a JSON download.
 * DELETE /api/privacy/:email — erase it (published articles are anonymised, the newsletter member
 * and the finished mail and Mailchimp jobs about the address go too: see erasePersonalData).
 * For admins and the redactie, who see only their own wijken. Every call is audited in the log.
 */
export const privacyEndpoints: Endpoint[] = [
  { path: '/privacy/:email', method: 'get', handler: exportHandler },
  { path: '/privacy/:email', method: 'delete', handler: eraseHandler },
]
