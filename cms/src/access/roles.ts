import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'writer', 'partner'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Beheerder (platform)',
  editor: 'Redactie',
  writer: 'Schrijver (bewoner)',
  partner: 'Partnerorganisatie',
}

type Ref = number | string | { id: number | string } | null | undefined

/** The relationship value as an id, whether Payload populated it or not. */
export const idOf = (ref: Ref): number | string | undefined => (ref && typeof ref === 'object' ? ref.id : (ref ?? undefined))

export const roleOf = (req: Pick<PayloadRequest, 'user'>): Role | undefined => (req.user as { role?: Role } | null)?.role

export const isEditorRole = (role: Role | undefined): boolean => role === 'admin' || role === 'editor'

/** The organisation a partner account manages. */
export const partnerOrganisationOf = (req: Pick<PayloadRequest, 'user'>) => idOf((req.user as { organisation?: Ref } | null)?.organisation)
