import type { Payload } from 'payload'

import { fromAmsterdamWallTime } from '@wijk/shared/time'

import type { SeedEvent, SeedWijk } from './content/types'
import { bannerPng, logoPng, portraitPng } from './images'
import { richText } from './richText'
import { uploadImage } from './uploadImage'

export type SeedProgress = (message: string) => void

export type SeededWijk = { wijkId: number; organisationIds: Map<string, number>; counts: Record<string, number> }

const wallToIso = (local: string): string => {
  const [date, time] = local.split('T') as [string, string]
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return fromAmsterdamWallTime({ year, month, day, hour, minute, second: 0 }).toISOString()
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

const eventData = (event: SeedEvent, tenant: number, themes: Map<string, number>, organisations: Map<string, number>) => {
  const startsAt = wallToIso(event.start)
  return {
    tenant,
    title: event.title,
    summary: event.summary,
    description: richText(event.description),
    category: event.category,
    themes: event.themes.map((slug) => themes.get(slug)).filter((id) => id !== undefined),
    organisation: event.organisationKey ? organisations.get(event.organisationKey) : undefined,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + event.durationMinutes * 60_000).toISOString(),
    recurrence: event.rule ? { rule: event.rule, exceptions: event.exceptions.map((date) => ({ date: wallToIso(`${date}T12:00`) })) } : undefined,
    place: event.address || event.placeName ? { name: event.placeName ?? undefined, address: event.address ?? undefined } : undefined,
    priceCents: event.priceCents ?? undefined,
    priceNote: event.priceNote ?? undefined,
    onlineUrl: event.onlineUrl ?? undefined,
    howToJoin: event.howToJoin,
    _status: 'published' as const,
  }
}

/**
 * Writes one generated wijk through the Local API, one document at a time
 * (measured: parallel inserts gain nothing on SQLite).
 */
export const seedWijk = async (payload: Payload, wijk: SeedWijk, progress: SeedProgress): Promise<SeededWijk> => {
  const create = (collection: Parameters<Payload['create']>[0]['collection'], data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })
  const { primary, accent } = wijk.colors

  const wijkDoc = await create('wijken', {
    name: wijk.name,
    slug: wijk.slug,
    domain: wijk.domain,
    tagline: wijk.tagline,
    city: wijk.city,
    colors: wijk.colors,
    contact: wijk.contact,
  })
  const tenant = wijkDoc.id as number
  const logo = await uploadImage(payload, tenant, `${wijk.slug}-logo.png`, await logoPng(wijk.name, primary), `Logo van ${wijk.name}`)
  await payload.update({ collection: 'wijken', id: tenant, data: { logo }, overrideAccess: true })

  const themes = new Map<string, number>()
  for (const theme of wijk.themes) themes.set(theme.slug, (await create('themes', { tenant, ...theme })).id as number)

  // A handful of shared pictures keeps the seed fast; real organisations upload their own.
  const portraits = await Promise.all(
    [primary, accent, '#2F6F73', '#7A4E9C'].map(async (colour, i) =>
      uploadImage(payload, tenant, `${wijk.slug}-portret-${i}.png`, await portraitPng(colour), 'Foto van de contactpersoon'),
    ),
  )
  const organisationIds = new Map<string, number>()
  for (const [i, org] of wijk.organisations.entries()) {
    const withLogo = i % 3 === 0
    const logoId = withLogo
      ? await uploadImage(payload, tenant, `${org.key}.png`, await logoPng(org.name, i % 2 ? primary : '#2F6F73'), `Logo van ${org.name}`)
      : undefined
    const doc = await create('organisations', {
      tenant,
      name: org.name,
      kind: org.kind,
      summary: org.summary,
      description: richText(org.description),
      themes: org.themes.map((slug) => themes.get(slug)),
      offers: org.offers.map((text) => ({ text })),
      logo: logoId,
      contactPerson: { ...org.contactPerson, photo: portraits[i % portraits.length] },
      address: org.address,
      geo: [org.geo.lng, org.geo.lat],
      contact: org.contact,
      openingHours: org.openingHours,
      _status: 'published',
    })
    organisationIds.set(org.key, doc.id as number)
    if ((i + 1) % 100 === 0) progress(`  ${i + 1}/${wijk.organisations.length} organisaties`)
  }

  for (const [i, event] of wijk.events.entries()) {
    await create('events', eventData(event, tenant, themes, organisationIds))
    if ((i + 1) % 500 === 0) progress(`  ${i + 1}/${wijk.events.length} activiteiten`)
  }

  const banner = await uploadImage(
    payload,
    tenant,
    `${wijk.slug}-buurtkrant.jpg`,
    await bannerPng('Buurtkrant', primary, accent),
    'Bewoners in gesprek op straat',
  )
  for (const [i, article] of wijk.articles.entries()) {
    await create('articles', {
      tenant,
      title: article.title,
      lead: article.lead,
      body: richText(article.body),
      authorName: article.authorName,
      image: i < 6 ? banner : undefined,
      editorialStatus: 'published',
      publishedAt: daysFromNow(-article.publishedDaysAgo),
    })
  }
  for (const post of wijk.posts) {
    await create('posts', {
      tenant,
      kind: post.kind,
      title: post.title,
      body: post.body,
      authorName: post.authorName,
      editorialStatus: 'published',
      publishedAt: daysFromNow(-post.createdDaysAgo),
      expiresAt: daysFromNow(post.expiresInDays),
    })
  }
  const counts = {
    themes: themes.size,
    organisations: organisationIds.size,
    events: wijk.events.length,
    articles: wijk.articles.length,
    posts: wijk.posts.length,
  }
  return { wijkId: tenant, organisationIds, counts }
}
