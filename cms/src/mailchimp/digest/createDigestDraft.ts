import type { CampaignsApi, DraftCampaign } from './campaignsApi'
import type { Digest } from './digestContent'
import { digestHtml } from './digestHtml'
import { digestText } from './digestText'
import { describeFailure, isTransient } from './mailchimpFailure'

export type DigestDraft = {
  campaign: DraftCampaign
  /** Where the redactie opens the draft in Mailchimp. */
  editUrl: string
  /** Earlier drafts for the same wijk and week that are still unsent. */
  earlierDrafts: DraftCampaign[]
}

export type DraftOptions = {
  audienceId: string
  /** The account's data centre ("us21"), for the link to the draft. */
  server: string
  /** Waits before each repeat of a call that failed on a rate limit or outage. */
  retryDelaysMs?: readonly number[]
}

export class DigestDraftError extends Error {}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 4_000]

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const withRetries = async <T>(what: string, delays: readonly number[], call: () => Promise<T>): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (!isTransient(error) || attempt >= delays.length) throw new DigestDraftError(`${what} lukte niet: ${describeFailure(error)}.`)
      await sleep(delays[attempt]!)
    }
  }
}

const editUrlOf = (server: string, campaign: DraftCampaign) => `https://${server}.admin.mailchimp.com/campaigns/edit?id=${campaign.web_id}`

/**
 * Creates the digest as a campaign draft for the wijk's newsletter audience: never sent, never
 * scheduled; the redactie reviews and sends it in Mailchimp. A person runs this and sees the
 * answer, so it calls Mailchimp directly (a short retry on a rate limit or outage) instead of the
 * jobs queue: a failed run stores nothing and can simply be run again. When the content cannot be
 * set, the empty draft is removed again; if even that fails, the error names it.
 */
export const createDigestDraft = async (campaigns: CampaignsApi, digest: Digest, options: DraftOptions): Promise<DigestDraft> => {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS
  const replyTo = digest.wijk.email
  if (!replyTo)
    throw new DigestDraftError(
      `${digest.wijk.name} heeft geen contact-e-mailadres; Mailchimp heeft dat nodig als antwoordadres. Vul het in bij de wijk in het beheer.`,
    )

  const { campaigns: drafts } = await withRetries('De bestaande concepten ophalen', delays, () =>
    campaigns.list({ listId: options.audienceId, status: 'save', count: 1000, sortField: 'create_time', sortDir: 'DESC' }),
  )
  const earlierDrafts = drafts.filter((draft) => draft.settings?.title === digest.title)

  const campaign = await withRetries('Het concept aanmaken', delays, () =>
    campaigns.create({
      type: 'regular',
      recipients: { list_id: options.audienceId },
      settings: { subject_line: digest.subject, preview_text: digest.previewText, title: digest.title, from_name: digest.wijk.name, reply_to: replyTo },
    }),
  )
  try {
    await withRetries('De inhoud van het concept zetten', delays, () =>
      campaigns.setContent(campaign.id, { html: digestHtml(digest), plain_text: digestText(digest) }),
    )
  } catch (error) {
    const removed = await withRetries('Het lege concept weghalen', delays, () => campaigns.remove(campaign.id)).then(
      () => true,
      () => false,
    )
    const message = (error as Error).message
    throw new DigestDraftError(
      removed
        ? `${message} Het lege concept is weer verwijderd; probeer het later opnieuw.`
        : `${message} Er staat nu een leeg concept "${digest.title}" in Mailchimp (campagne ${campaign.id}, ${editUrlOf(options.server, campaign)}). Verwijder het daar en draai dit commando later opnieuw.`,
    )
  }
  return { campaign, editUrl: editUrlOf(options.server, campaign), earlierDrafts }
}
