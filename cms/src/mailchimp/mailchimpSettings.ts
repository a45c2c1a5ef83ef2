/**
 * Mailchimp settings from the environment. Mailchimp is optional per deployment: without
 * `MAILCHIMP_API_KEY` nothing is queued or sent and the admin says Mailchimp is not connected.
 */

/** An API key ends in its data centre: `0123…abcd-us21` lives on us21.api.mailchimp.com. */
const KEY = /^[0-9a-z]+-([a-z]{2,4}[0-9]{1,3})$/i

export type MailchimpSettings = { apiKey: string; dataCentre: string; baseUrl: string }

const mailchimpApiKey = (): string | null => process.env.MAILCHIMP_API_KEY?.trim() || null

/** The configured account, or null when Mailchimp is not connected (no key, or a key without data centre). */
export const mailchimpSettings = (): MailchimpSettings | null => {
  const apiKey = mailchimpApiKey()
  const dataCentre = apiKey ? KEY.exec(apiKey)?.[1] : undefined
  if (!apiKey || !dataCentre) return null
  // MAILCHIMP_BASE_URL points the client elsewhere (tests: a fake Mailchimp on loopback).
  const baseUrl = (process.env.MAILCHIMP_BASE_URL?.trim() || `https://${dataCentre}.api.mailchimp.com/3.0`).replace(/\/+$/, '')
  return { apiKey, dataCentre: dataCentre.toLowerCase(), baseUrl }
}

export const mailchimpConfigured = (): boolean => mailchimpSettings() !== null

/** First wait before retrying a Mailchimp write; doubles each attempt. Tests make it short. */
export const mailchimpRetryBaseMs = (): number => Number(process.env.MAILCHIMP_RETRY_BASE_MS) || 30_000

/** Startup check: a missing key only warns, in production (optional per deployment); a malformed one always. */
export const mailchimpStartupWarning = (): string | null => {
  const apiKey = mailchimpApiKey()
  if (!apiKey && process.env.NODE_ENV !== 'production') return null
  if (!apiKey) return 'MAILCHIMP_API_KEY is not set: Mailchimp is not connected (newsletter signups are stored and sent once it is).'
  if (!KEY.test(apiKey)) return 'MAILCHIMP_API_KEY does not end in a data centre (like -us21): Mailchimp is not connected.'
  return null
}
