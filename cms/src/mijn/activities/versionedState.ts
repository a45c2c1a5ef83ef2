import type { Event, Organisation } from '../../payload-types'
import { draftState, stateInWords } from '../overview/stateInWords'
import { asActor, type MijnActor } from './mijnActor'

/**
 * An activity's or organisation's state in words, as on the overview, from its latest draft. When the
 * site shows a published version while a newer draft waits, `liveKept` says so.
 */
export const versionedStateText = async (
  actor: MijnActor,
  collection: 'events' | 'organisations',
  latest: Event | Organisation,
): Promise<{ text: string; liveKept: boolean }> => {
  const live = await actor.payload
    .findByID({ collection, id: latest.id, draft: false, depth: 0, ...asActor(actor) })
    .then((doc) => doc._status === 'published')
    .catch(() => false)
  return { text: stateInWords(draftState(latest as never)), liveKept: live && latest._status !== 'published' }
}
