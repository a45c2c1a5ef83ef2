import type { Occurrence } from '@wijk/shared/recurrence'
import type { SnapshotEvent } from '@wijk/shared/snapshot'

import { cmsUrl } from './cmsUrl'

/** The `kind`s the CMS's POST /api/aanvragen accepts (cms/src/requests/requestSchema.ts). */
type RequestKind = 'join' | 'volunteer' | 'idea'

/** What the form is about: the CMS finds the event or organisation by its slug within the wijk. */
export type RequestTarget = { field: 'event' | 'organisation'; slug: string }

export type RequestChoice = { kind: RequestKind; label: string }

/** An event asks for help now; an organisation also welcomes ideas. Plain words, first person. */
export const EVENT_CHOICES: readonly RequestChoice[] = [
  { kind: 'join', label: 'Ik doe mee' },
  { kind: 'volunteer', label: 'Ik wil helpen als vrijwilliger' },
]

export const ORGANISATION_CHOICES: readonly RequestChoice[] = [
  { kind: 'join', label: 'Ik doe mee' },
  { kind: 'volunteer', label: 'Ik wil vrijwilliger worden' },
  { kind: 'idea', label: 'Ik heb een idee' },
]

/** Where the form posts: the CMS's address is a build setting, like the registration form's. */
export const requestAction = (): string => `${cmsUrl()}/api/aanvragen`

/**
 * "Ik doe mee" makes no sense for an event that was cancelled or is over (no next date, no rule that
 * may bring new ones, and its end in the past): those pages get no form.
 */
export const eventTakesPart = (event: SnapshotEvent, occurrences: readonly Occurrence[], now: Date): boolean => {
  if (event.status === 'cancelled') return false
  const over = occurrences.length === 0 && !event.recurrence?.rule.trim() && Date.parse(event.end) < now.getTime()
  return !over
}
