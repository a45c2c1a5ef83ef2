import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { mayMailTypedAddress } from '../email/recipientLimit'
import { runMailJobs } from '../email/runMailJobs'
import { publicEndpoint, type PublicContext, type PublicResult } from '../public/publicEndpoint'
import { siteUrlOf } from '../snapshot/toWijk'
import { queueRequestMails } from './requestOutbox'
import { type RequestInput, requestSchema } from './requestSchema'
import { editorMail, organisationMail, residentMail, type RequestMail } from './requestMails'
import { CONSENT_VERSION } from './consent'
import { editorEmailsOf } from './editorsOf'
import { findPublished } from './findTarget'

const refused = (status: number, field: string, message: string): PublicResult => ({ ok: false, status, message, errors: { [field]: message } })

/** Per IP: a family behind one address can send a few; a script cannot send hundreds. */
export const REQUEST_RATE_LIMIT = { max: 10, windowMs: 10 * 60_000 }

type Target = { organisation: { id: number; name: string; contact?: { email?: string | null } | null } | null; event: { id: number; title: string } | null }

/** The event (and through it its organisation) or the organisation the aanvraag is for. */
const targetOf = async (req: PayloadRequest, tenant: number, input: RequestInput): Promise<Target | PublicResult> => {
  const event = input.event ? await findPublished(req.payload, 'events', tenant, input.event) : null
  if (input.event && !event) return refused(400, 'event', 'Deze activiteit kennen we niet (meer).')
  const organisationRef = event ? idOf((event as { organisation?: never }).organisation) : input.organisation
  const organisation = organisationRef ? await findPublished(req.payload, 'organisations', tenant, String(organisationRef)) : null
  if (input.organisation && !organisation && !event) return refused(400, 'organisation', 'Deze organisatie kennen we niet (meer).')
  if (input.kind !== 'idea' && !event && !organisation) return refused(400, 'kind', 'Kies een activiteit of organisatie om mee te doen.')
  return { organisation: organisation as Target['organisation'], event: event as Target['event'] }
}

const handle = async (input: RequestInput, { req, origin }: PublicContext): Promise<PublicResult> => {
  const wijk = (await req.payload.find({ collection: 'wijken', where: { slug: { equals: input.wijk } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!wijk) return refused(400, 'wijk', 'Deze wijk kennen we niet.')
  if (origin?.kind === 'wijk' && origin.slug !== wijk.slug)
    return { ok: false, status: 403, message: 'Dit formulier kan alleen worden verstuurd vanaf de website van de wijk.' }
  const target = await targetOf(req, wijk.id, input)
  if ('ok' in target) return target

  const about = { wijkName: wijk.name, targetName: target.event?.title ?? target.organisation?.name ?? null }
  const organisationEmail = input.kind === 'idea' && !target.organisation ? null : (target.organisation?.contact?.email ?? null)
  const mails: RequestMail[] = [
    ...(organisationEmail ? [organisationMail(organisationEmail, input, about)] : []),
    ...(await editorEmailsOf(req.payload, wijk.id)).map((email, index) => editorMail(email, index, input, about)),
    // The confirmation goes to an address nobody has confirmed: at most a few per address (finding 3).
    ...((await mayMailTypedAddress(input.email)) ? [residentMail(input, about)] : []),
  ]

  // Stored before anything is answered or sent: the mail jobs and the 2xx both come after this.
  // Without the visitor's request: the multi-tenant plugin refuses a wijk set by an anonymous request.
  const request = await req.payload.create({
    collection: 'requests',
    data: {
      tenant: wijk.id,
      kind: input.kind,
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      message: input.message,
      organisation: target.organisation?.id ?? null,
      event: target.event?.id ?? null,
      consentAt: new Date().toISOString(),
      consentVersion: CONSENT_VERSION,
      mailLog: mails.map(({ key, to, purpose }) => ({ key, to, purpose, state: 'pending', attempts: 0 })),
      mailsWaiting: true,
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  // Its mails are queued from the stored aanvraag; a crash before that leaves `mailsWaiting` for the job sweep.
  await queueRequestMails(req.payload, request.id)
  void runMailJobs(req.payload)
  return {
    ok: true,
    message: 'Bedankt! We hebben je aanvraag ontvangen en sturen hem door. Je krijgt een bevestiging per e-mail.',
    siteUrl: siteUrlOf(wijk.domain),
  }
}

/** POST /api/aanvragen: the "Doe mee", "Word vrijwilliger" and "Idee voor de wijk" forms on the wijk sites. */
export const requestsEndpoint = publicEndpoint({ path: '/aanvragen', schema: requestSchema, rateLimit: REQUEST_RATE_LIMIT, handle })
