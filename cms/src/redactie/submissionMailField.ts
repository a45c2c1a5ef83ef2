import type { Field, FieldAccess } from 'payload'

import { isEditorRole, roleOf } from '../access/roles'

const SUBMISSION_MAIL_CHOICES = ['each', 'daily', 'none'] as const
export type SubmissionMailChoice = (typeof SUBMISSION_MAIL_CHOICES)[number]

const LABELS: Record<SubmissionMailChoice, string> = {
  each: 'Bij elk stuk een mail',
  daily: 'Eén mail per dag',
  none: 'Geen mail',
}

/** An editor chooses for themselves; a platform admin may set it for anyone. */
const ownChoice: FieldAccess = ({ req, id }) =>
  roleOf(req) === 'admin' || (isEditorRole(roleOf(req)) && id !== undefined && String(id) === String(req.user?.id))

/**
 * How an editor hears that something waits for the redactie of their wijk (see
 * redactie/notifyRedactie.ts and redactie/submissionDigest.ts). `submissionDigestSentOn` is the
 * Amsterdam day the last daily mail went out: the digest's record that it sent today.
 */
export const submissionMailFields = (): Field[] => [
  {
    name: 'submissionMail',
    type: 'select',
    label: 'Mail van de wachtrij',
    defaultValue: 'each',
    options: SUBMISSION_MAIL_CHOICES.map((value) => ({ value, label: LABELS[value] })),
    access: { create: ownChoice, update: ownChoice },
    admin: {
      description: 'Wanneer iemand uit je wijk iets indient: een mail per stuk, één mail per dag met alles wat wacht (in de ochtend), of geen mail.',
      condition: (data) => data?.role === 'editor' || data?.role === 'admin',
    },
  },
  {
    name: 'submissionDigestSentOn',
    type: 'text',
    access: { read: () => false, create: () => false, update: () => false },
    admin: { hidden: true },
  },
]
