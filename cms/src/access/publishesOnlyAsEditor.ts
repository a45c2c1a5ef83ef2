import { isEditorRole, roleOf } from './roles'

type Args = { req: Parameters<typeof roleOf>[0]; data?: Record<string, unknown> }

/** Only the redactie publishes: an explicit publish by a writer or partner is refused. */
export const isPublishingAttempt = ({ req, data }: Args): boolean => !isEditorRole(roleOf(req)) && data?._status === 'published'
