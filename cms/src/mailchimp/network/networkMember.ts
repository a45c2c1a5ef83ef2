import type { Payload, PayloadRequest, Where } from 'payload'

import { publicWhere } from '../../webhook/publicState'

/** What one address should look like in a wijk's network audience. */
export type NetworkMember = {
  email: string
  /** Merge fields: NAME is the contact person (or the organisation), ORG the organisation(s). */
  mergeFields: { NAME: string; ORG: string }
  /** The wijk's slug and the names of the organisations' themes. */
  tags: string[]
}

type OrganisationRow = {
  name: string
  contact?: { email?: string | null } | null
  contactPerson?: { name?: string | null } | null
  themes?: (number | { name?: string | null })[] | null
}

export const normalEmail = (email: string): string => email.trim().toLowerCase()

const unique = (values: string[]) => {
  const seen = new Set<string>()
  return values.filter((value) => {
    const key = value.toLowerCase()
    if (!value || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * One member per address: two published organisations of a wijk that share an address (one person
 * running two initiatives) become one member with both names and all their themes.
 */
const memberOf = (wijkSlug: string, email: string, organisations: OrganisationRow[]): NetworkMember => {
  const byName = (a: string, b: string) => a.localeCompare(b, 'nl')
  const names = unique(organisations.map((organisation) => organisation.name.trim())).sort(byName)
  const people = unique(organisations.map((organisation) => organisation.contactPerson?.name?.trim() ?? '')).sort(byName)
  const themes = organisations.flatMap((organisation) =>
    (organisation.themes ?? []).map((theme) => (typeof theme === 'object' ? (theme.name?.trim() ?? '') : '')),
  )
  return {
    email: normalEmail(email),
    mergeFields: { NAME: people.join(', ') || names.join(', '), ORG: names.join(', ') },
    tags: unique([wijkSlug, ...themes.sort(byName)]),
  }
}

/**
 * Every address that belongs in the wijk's network audience: the contact e-mail of each published
 * organisation of the wijk. Keyed by the lowercased address (Mailchimp's subscriber hash is too).
 */
export const networkMembersOf = async (
  payload: Payload,
  wijk: { id: number | string; slug: string },
  req?: PayloadRequest,
  onlyEmail?: string,
): Promise<Map<string, NetworkMember>> => {
  // `like` is case-insensitive (a prefilter); the exact comparison is on the lowercased address below.
  const email: Where = onlyEmail ? { 'contact.email': { like: onlyEmail.trim() } } : { 'contact.email': { exists: true } }
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ tenant: { equals: wijk.id } }, publicWhere('organisations'), email] },
    select: { name: true, contact: true, contactPerson: true, themes: true },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byEmail = new Map<string, OrganisationRow[]>()
  for (const organisation of docs as OrganisationRow[]) {
    const email = organisation.contact?.email?.trim()
    if (!email) continue
    const key = normalEmail(email)
    byEmail.set(key, [...(byEmail.get(key) ?? []), organisation])
  }
  return new Map([...byEmail].map(([email, organisations]) => [email, memberOf(wijk.slug, email, organisations)]))
}

/** The member one address should be in the wijk's network audience, or null when it no longer belongs there. */
export const networkMemberFor = async (
  payload: Payload,
  wijk: { id: number | string; slug: string },
  email: string,
  req?: PayloadRequest,
): Promise<NetworkMember | null> => (await networkMembersOf(payload, wijk, req, email)).get(normalEmail(email)) ?? null
