import type { Event } from '../../payload-types'
import { findOwnActivity } from './findOwnActivity'
import { asActor, idOfRef, type MijnActor } from './mijnActor'

export type WithdrawActivityResult = { ok: true } | { ok: false; status: 400 | 403 | 404 | 409; message: string }

const NOT_YOURS = 'Dit voorstel bestaat niet of is niet van jou.'
const CONFIRM_FIRST = 'Zet eerst een vinkje bij “Ja, ik weet het zeker”. Druk daarna op “Trek mijn voorstel in”.'

/** Whether the site shows (a version of) this event: the collection's own document is published, read as the person. */
const isLive = (actor: MijnActor, id: number): Promise<boolean> =>
  actor.payload
    .findByID({ collection: 'events', id, draft: false, depth: 0, ...asActor(actor) })
    .then((doc) => doc._status === 'published')
    .catch(() => false)

/**
 * "Trek mijn voorstel in" is offered for a resident's own proposal that was never published (the
 * Events access lets a writer delete exactly that). Not for a partner's activities (today's rules) and
 * not once the site shows it: then the resident asks the redactie.
 */
export const mayWithdrawActivity = async (actor: MijnActor, event: Event): Promise<boolean> =>
  actor.user.role === 'writer' && idOfRef(event.proposedBy) === actor.user.id && !(await isLive(actor, event.id))

/**
 * Withdraws a resident's own unpublished proposal: deletes it, as the resident (their access, never
 * overrideAccess), so it also leaves the redactie's Wachtrij. Nothing is lost the redactie needs: it
 * was never on the site and nobody could sign up for it. `confirmed` is the form's "Ja, ik weet het
 * zeker" (deleting cannot be undone, WCAG 3.3.4).
 */
export const withdrawActivity = async (actor: MijnActor, id: string | number, { confirmed }: { confirmed: boolean }): Promise<WithdrawActivityResult> => {
  const event = await findOwnActivity(actor, id)
  if (!event) return { ok: false, status: 404, message: NOT_YOURS }
  if (actor.user.role !== 'writer') {
    return { ok: false, status: 403, message: 'Een activiteit van je organisatie trek je hier niet in. Vraag het de redactie als hij weg moet.' }
  }
  if (await isLive(actor, event.id)) {
    return { ok: false, status: 409, message: 'Deze activiteit staat al op de site. Wil je dat hij weggaat? Vraag het de redactie.' }
  }
  if (!confirmed) return { ok: false, status: 400, message: CONFIRM_FIRST }
  const deleted = await actor.payload
    .delete({ collection: 'events', id: event.id, ...asActor(actor) })
    .then(() => true)
    .catch((error: { status?: number }) => (error.status && error.status < 500 ? false : Promise.reject(error)))
  // Refused by the access rule (the redactie published it just now, say): still there, so say what to do.
  return deleted ? { ok: true } : { ok: false, status: 409, message: 'Dit voorstel kan niet meer worden ingetrokken. Vraag het de redactie.' }
}
