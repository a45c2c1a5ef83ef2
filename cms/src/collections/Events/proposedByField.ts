import type { CollectionBeforeChangeHook, Field } from 'payload'

import { roleOf } from '../../access/roles'

/**
 * The resident who proposed the activity ("ik organiseer iets" in Mijn buurt), so the redactie knows
 * whom to contact. Set by the server from the signed-in account when a writer creates the event; nobody
 * sets or changes it through the API or the admin.
 */
export const proposedByField: Field = {
  name: 'proposedBy',
  type: 'relationship',
  relationTo: 'users',
  label: 'Voorgesteld door (bewoner)',
  index: true,
  access: { create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'De bewoner die deze activiteit via Mijn buurt voorstelde. Open het account voor het e-mailadres.',
  },
}

/** A writer's new event is their proposal; field access already dropped whatever the client sent. */
export const recordProposer: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user && roleOf(req) === 'writer' ? { ...data, proposedBy: req.user.id } : data
