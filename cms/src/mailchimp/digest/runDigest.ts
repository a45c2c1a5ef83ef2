import type { AmsterdamWeek } from '@wijk/shared/isoWeek'
import type { Payload } from 'payload'

import { buildSnapshot } from '../../snapshot/buildSnapshot'
import type { MailchimpClient } from '../mailchimpClient'
import type { CampaignsApi } from './campaignsApi'
import { createDigestDraft, DigestDraftError, type DraftOptions } from './createDigestDraft'
import { buildDigest, type Digest } from './digestContent'

export type DigestRun = { digest: Digest; campaignId: string; webId: number; editUrl: string; earlierDrafts: number; summary: string[] }

type WijkWithAudience = { id: number; name: string; mailchimp?: { newsletterAudienceId?: string | null } | null }

/**
 * Reads the wijk's published content (the snapshot the site is built from), makes the week's
 * digest and creates it as a Mailchimp draft. Returns what to tell the person who ran it.
 */
export const runDigest = async (
  payload: Payload,
  client: MailchimpClient,
  args: { wijk: string; week: AmsterdamWeek; server: string; now?: Date; retryDelaysMs?: DraftOptions['retryDelaysMs'] },
): Promise<DigestRun> => {
  const { docs } = await payload.find({ collection: 'wijken', where: { slug: { equals: args.wijk } }, limit: 1, depth: 0, overrideAccess: true })
  const wijk = docs[0] as WijkWithAudience | undefined
  if (!wijk) throw new DigestDraftError(`Er is geen wijk "${args.wijk}".`)
  const audienceId = wijk.mailchimp?.newsletterAudienceId?.trim()
  if (!audienceId) {
    throw new DigestDraftError(`${wijk.name} heeft geen Mailchimp-audience voor de nieuwsbrief. Vul "Audience-id nieuwsbrief" in bij de wijk in het beheer.`)
  }
  const snapshot = await buildSnapshot(payload, args.wijk, args.now ?? new Date())
  if (!snapshot) throw new DigestDraftError(`Er is geen wijk "${args.wijk}".`)
  const digest = buildDigest(snapshot, args.week)
  // The official client's campaigns API; the platform's type declaration lists only what the sync uses.
  const campaigns = client.campaigns as unknown as CampaignsApi
  const draft = await createDigestDraft(campaigns, digest, { audienceId, server: args.server, retryDelaysMs: args.retryDelaysMs })
  const summary = [
    `Concept "${digest.title}" staat klaar in Mailchimp (nog niet verstuurd).`,
    `Onderwerp: ${digest.subject}`,
    `${digest.occurrenceCount} activiteiten op ${digest.days.length} dagen, ${digest.articles.length} verhalen uit de buurtkrant.`,
    `Bekijken en versturen: ${draft.editUrl}  (campagne ${draft.campaign.id}, web-id ${draft.campaign.web_id})`,
  ]
  if (draft.earlierDrafts.length) {
    summary.push(
      `Let op: voor deze week ${draft.earlierDrafts.length === 1 ? 'stond al een concept' : `stonden al ${draft.earlierDrafts.length} concepten`} klaar (web-id ${draft.earlierDrafts.map((d) => d.web_id).join(', ')}). Dit is een nieuw concept; verwijder in Mailchimp wat je niet gebruikt.`,
    )
  }
  if (digest.occurrenceCount === 0) summary.push('Let op: deze week staan er geen activiteiten in de agenda.')
  return { digest, campaignId: draft.campaign.id, webId: draft.campaign.web_id, editUrl: draft.editUrl, earlierDrafts: draft.earlierDrafts.length, summary }
}
