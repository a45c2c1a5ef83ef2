import type { Field } from 'payload'

import { isEditorField } from '../access/isEditor'

export const EDITORIAL_STATUSES = ['draft', 'submitted', 'published', 'rejected'] as const
export type EditorialStatus = (typeof EDITORIAL_STATUSES)[number]

const LABELS: Record<EditorialStatus, string> = {
  draft: 'Concept',
  submitted: 'Ingediend bij de redactie',
  published: 'Gepubliceerd',
  rejected: 'Afgewezen',
}

/** draft → submitted → published, or rejected with a reason. Transitions are checked by a hook. */
export const editorialFields = (): Field[] => [
  {
    name: 'editorialStatus',
    type: 'select',
    label: 'Redactiestatus',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: EDITORIAL_STATUSES.map((value) => ({ value, label: LABELS[value] })),
    admin: { position: 'sidebar' },
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
    validate: (value: string | null | undefined, { siblingData }: { siblingData: { editorialStatus?: string } }) =>
      siblingData?.editorialStatus === 'rejected' && !value?.trim()
        ? 'Schrijf kort waarom dit is afgewezen, zodat de schrijver het kan verbeteren.'
        : true,
  },
]
