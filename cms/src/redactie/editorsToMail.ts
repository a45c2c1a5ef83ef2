import type { Payload, PayloadRequest, Where } from 'payload'

import type { SubmissionMailChoice } from './submissionMailField'

export type EditorToMail = { id: number | string; name: string; email: string; tenants: (number | string)[]; digestSentOn: string | null }

type UserRow = {
  id: number | string
  name?: string | null
  email: string
  submissionDigestSentOn?: string | null
  tenants?: { tenant?: number | string | { id: number | string } | null }[] | null
}

const tenantIds = (user: UserRow) =>
  (user.tenants ?? []).map(({ tenant }) => (tenant && typeof tenant === 'object' ? tenant.id : tenant)).filter((id): id is number | string => id != null)

/**
 * The redactie accounts (role editor) that chose this kind of mail; with `wijkId`, only those of
 * that wijk. An account without a choice gets one mail per item (the default).
 */
export const editorsToMail = async (
  payload: Payload,
  choice: SubmissionMailChoice,
  { wijkId, req }: { wijkId?: number | string; req?: PayloadRequest } = {},
): Promise<EditorToMail[]> => {
  const chose: Where =
    choice === 'each' ? { or: [{ submissionMail: { equals: 'each' } }, { submissionMail: { exists: false } }] } : { submissionMail: { equals: choice } }
  const found = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'editor' } }, chose, ...(wijkId !== undefined ? [{ 'tenants.tenant': { equals: wijkId } }] : [])] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return (found.docs as unknown as UserRow[]).map((user) => ({
    id: user.id,
    name: user.name ?? '',
    email: user.email,
    tenants: tenantIds(user),
    digestSentOn: user.submissionDigestSentOn ?? null,
  }))
}
