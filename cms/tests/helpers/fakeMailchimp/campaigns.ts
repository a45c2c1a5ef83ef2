import { randomBytes } from 'node:crypto'

import { fail, now, type Route } from './problems'

/**
 * Campaigns: `/campaigns` POST and GET (filtered by list and status, newest first),
 * `/campaigns/{id}` GET and DELETE, `/campaigns/{id}/content` GET and PUT. A campaign's audience must
 * exist (`listOf` answers 404 otherwise).
 */

export type FakeCampaign = {
  id: string
  web_id: number
  type: string
  status: 'save'
  create_time: string
  recipients: { list_id: string; segment_opts?: unknown }
  settings: Record<string, unknown>
  content: { html?: string; plain_text?: string } | null
}

/** The campaigns part of the API over the account's `campaigns`. */
export const campaignsApi = (campaigns: Map<string, FakeCampaign>, listOf: (id: string) => unknown) => {
  let webIds = 1000

  /** `/campaigns[/{id}[/content]]` (parts[0] is 'campaigns'). */
  const route: Route = (method, parts, query, b) => {
    const id = parts[1]
    if (!id && method === 'POST') {
      if (!['regular', 'plaintext', 'rss', 'variate'].includes(b.type as string))
        fail(400, 'The resource submitted could not be validated. type: must be one of regular, plaintext, rss, variate.')
      const recipients = (b.recipients ?? {}) as { list_id?: string }
      if (recipients.list_id) listOf(recipients.list_id)
      const campaign: FakeCampaign = {
        id: randomBytes(5).toString('hex'),
        web_id: webIds++,
        type: b.type as string,
        status: 'save',
        create_time: now(),
        recipients: recipients as FakeCampaign['recipients'],
        settings: (b.settings ?? {}) as Record<string, unknown>,
        content: null,
      }
      campaigns.set(campaign.id, campaign)
      return [200, campaign]
    }
    if (!id && method === 'GET') {
      // The filters the digest uses; newest first like sort_field=create_time&sort_dir=DESC.
      const found = [...campaigns.values()]
        .filter((c) => (!query.get('list_id') || c.recipients.list_id === query.get('list_id')) && (!query.get('status') || c.status === query.get('status')))
        .reverse()
      return [200, { campaigns: found.slice(0, Number(query.get('count') ?? 10)), total_items: found.length }]
    }
    const campaign = campaigns.get(id ?? '') ?? fail(404, 'The requested resource could not be found.')
    if (!parts[2] && method === 'GET') return [200, campaign]
    if (!parts[2] && method === 'DELETE') {
      campaigns.delete(campaign.id)
      return [204, null]
    }
    if (parts[2] === 'content' && method === 'GET') return [200, campaign.content ?? {}]
    if (parts[2] === 'content' && method === 'PUT') {
      if (typeof b.html !== 'string' && typeof b.plain_text !== 'string' && !b.template && !b.url) {
        fail(400, 'The resource submitted could not be validated. Provide html, plain_text, template or url.')
      }
      campaign.content = { ...(typeof b.html === 'string' ? { html: b.html } : {}), ...(typeof b.plain_text === 'string' ? { plain_text: b.plain_text } : {}) }
      return [200, campaign.content]
    }
    return fail(405, 'This method is not allowed.')
  }

  return { route }
}
