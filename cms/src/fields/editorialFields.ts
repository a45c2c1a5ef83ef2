import type { Field } from 'payload'

import { isEditorField } from '../access/isEditor'

const EDITORIAL_STATUSES = ['draft', 'submitted', 'changes-requested', 'published', 'rejected', 'withdrawn'] as const
export type EditorialStatus = (typeof EDITORIAL_STATUSES)[number]

/** The redactie's decisions on submitted work; the writer hears about each one by e-mail. */
export const EDITORIAL_DECISIONS = ['changes-requested', 'published', 'rejected'] as const satisfies readonly EditorialStatus[]
export type EditorialDecision = (typeof EDITORIAL_DECISIONS)[number]

const LABELS: Record<EditorialStatus, string> = {
  draft: 'Concept',
  submitted: 'Ingediend bij de redactie',
  'changes-requested': 'Terug naar schrijver: graag aanpassen',
  published: 'Gepubliceerd',
  rejected: 'Afgewezen',
  withdrawn: 'Ingetrokken door de schrijver',
}

type Sibling = { siblingData: { editorialStatus?: string } }
const needsText =
  (status: EditorialStatus, message: string) =>
  (value: string | null | undefined, { siblingData }: Sibling) =>
    siblingData?.editorialStatus === status && !value?.trim() ? message : true

/**
 * draft → submitted → published; or the redactie sends it back (`changes-requested`, with a
 * comment: the writer improves it and submits again) or turns it down (`rejected`, with a reason).
 * The writer may withdraw work that is not published (`withdrawn`); the redactie cannot publish it
 * until its writer submits it again.
 * Transitions are checked by a hook (editorial/applyEditorialStatus).
 */
export const editorialFields = (): Field[] => [
  {
    name: 'editorialStatus',
    type: 'select',
    label: 'Redactiestatus',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: EDITORIAL_STATUSES.map((value) => ({ value, label: LABELS[value] })),
    admin: {
      position: 'sidebar',
      description: 'Klaar? Kies "Ingediend bij de redactie" en sla op. De redactie kijkt ernaar en je krijgt een e-mail.',
    },
  },
  {
    name: 'editorComment',
    type: 'textarea',
    label: 'Opmerking van de redactie',
    access: { create: isEditorField, update: isEditorField },
    admin: {
      position: 'sidebar',
      description: 'Wat de schrijver nog moet aanpassen. De schrijver krijgt dit per e-mail.',
      condition: (data) => data?.editorialStatus === 'changes-requested' || Boolean(data?.editorComment),
    },
    validate: needsText('changes-requested', 'Schrijf kort wat de schrijver moet aanpassen.'),
  },
  {
    name: 'rejectionReason',
    type: 'textarea',
    label: 'Reden van afwijzing',
    access: { create: isEditorField, update: isEditorField },
    admin: {
      position: 'sidebar',
      condition: (data) => data?.editorialStatus === 'rejected',
    },
    validate: needsText('rejected', 'Schrijf kort waarom dit is afgewezen, zodat de schrijver het kan verbeteren.'),
  },
]
