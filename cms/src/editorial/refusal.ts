import { APIError } from 'payload'

/**
 * A 403 whose Dutch message reaches the person through REST as well as the Local API. The
 * production bundle turns Payload's error classes into anonymous classes, so `constructor.name`
 * is empty, and Payload's error formatter answers a nameless error with "An unknown error
 * occurred." instead of its message. An explicit name keeps the message.
 */
export const refusal = (message: string): Error => {
  const error = new APIError(message, 403, undefined, true)
  error.name = 'Forbidden'
  return error
}
