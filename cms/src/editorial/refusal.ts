import { APIError } from 'payload'

/**
 * A refusal (403, or 400 for input that cannot be accepted) whose Dutch message reaches the person through REST as well as the Local API. The
 * production bundle turns Payload's error classes into anonymous classes, so `constructor.name`
 * is empty, and Payload's error formatter answers a nameless error with "An unknown error
 * occurred." instead of its message. An explicit name keeps the message.
 */
export const refusal = (message: string, status: 400 | 403 = 403): Error => {
  const error = new APIError(message, status, undefined, true)
  error.name = status === 400 ? 'BadRequest' : 'Forbidden'
  return error
}
