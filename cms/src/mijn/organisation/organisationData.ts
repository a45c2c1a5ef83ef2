import type { Organisation } from '../../payload-types'
import { plainTextOf, richTextOf } from '../text/plainParagraphs'
import { OPENING_ROWS, type OrganisationInput } from './organisationSchema'

/**
 * The organisation fields the partner's form fills in. The description is only replaced when its
 * text changed, so the redactie's formatting survives; the CMS geocodes a new address.
 */
export const organisationDataOf = (input: OrganisationInput, previous: Organisation) => {
  const rows = input as unknown as Record<string, string | undefined>
  const openingHours = Array.from({ length: OPENING_ROWS }, (_, row) => ({ days: rows[`days${row}`], hours: rows[`hours${row}`] })).filter(
    (row): row is { days: string; hours: string } => Boolean(row.days && row.hours),
  )
  const data: Record<string, unknown> = {
    summary: input.summary,
    offers: (input.offers ?? '')
      .split(/\r?\n/)
      .map((line) => line.replace(/^[-*•✓]\s*/, '').trim())
      .filter(Boolean)
      .slice(0, 30)
      .map((text) => ({ text })),
    contactPerson: { name: input.contactName ?? null, role: input.contactRole ?? null },
    address: { street: input.street ?? null, houseNumber: input.houseNumber ?? null, postcode: input.postcode ?? null, city: input.city ?? null },
    contact: { email: input.email ?? null, phone: input.phone ?? null, website: input.website ?? null, whatsapp: input.whatsapp ?? null },
    openingHours,
  }
  const description = input.description ?? ''
  if (description !== plainTextOf(previous.description)) data.description = description ? richTextOf(description) : null
  return data
}
