import ApiClient from '@mailchimp/mailchimp_marketing/src/ApiClient.js'

import { toMailchimpError } from './mailchimpError'
import { mailchimpSettings } from './mailchimpSettings'

export type MailchimpClient = InstanceType<typeof ApiClient>

/**
 * A fresh official client for the configured account, or null when Mailchimp is not connected.
 * Its own instance (not the package's shared one), so settings never leak between callers.
 */
export const mailchimpClient = (options: { timeoutMs?: number } = {}): MailchimpClient | null => {
  const settings = mailchimpSettings()
  if (!settings) return null
  const client = new ApiClient()
  client.setConfig({ apiKey: settings.apiKey, server: settings.dataCentre })
  client.basePath = settings.baseUrl
  client.timeout = options.timeoutMs ?? 20_000
  return client
}

/** Runs one call of the official client; any failure becomes a MailchimpError ({ status, title, detail }). */
export const callMailchimp = async <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call()
  } catch (error) {
    throw toMailchimpError(error)
  }
}
