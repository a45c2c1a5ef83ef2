import type { Event } from '../../payload-types'
import { asActor, idOfRef, type MijnActor, partnerOrganisationId } from './mijnActor'

/**
 * The latest draft of an activity that is the person's to change in Mijn buurt: a resident's own
 * proposal, or an event of the partner's organisation, in the wijk of this site. The collection's
 * access rules are the real guard (read as the person, never overrideAccess); this narrows it to
 * what Mijn buurt shows. `null` for anything else, including an id that does not exist.
 */
export const findOwnActivity = async (actor: MijnActor, id: string | number): Promise<Event | null> => {
  if (!/^\d{1,12}$/.test(String(id))) return null
  const event = await actor.payload
    .findByID({ collection: 'events', id: Number(id), draft: true, depth: 1, ...asActor(actor) })
    .catch((error: { status?: number }) => (error.status && error.status < 500 ? null : Promise.reject(error)))
  if (!event || idOfRef(event.tenant) !== actor.wijk.id) return null
  if (actor.user.role === 'writer') return idOfRef(event.proposedBy) === actor.user.id ? event : null
  const organisation = partnerOrganisationId(actor.user)
  return organisation !== undefined && idOfRef(event.organisation) === organisation ? event : null
}
