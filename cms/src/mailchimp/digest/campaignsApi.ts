/**
 * The part of the official client's `campaigns` API the digest uses (the package ships no types).
 * Only drafts: nothing here can send or schedule a campaign.
 */
export type DraftCampaign = { id: string; web_id: number; status?: string; create_time?: string; settings?: { title?: string } }

export type CampaignsApi = {
  list(opts: { listId: string; status: 'save'; count: number; sortField: 'create_time'; sortDir: 'DESC' }): Promise<{ campaigns: DraftCampaign[] }>
  create(body: {
    type: 'regular'
    recipients: { list_id: string }
    settings: { subject_line: string; preview_text: string; title: string; from_name: string; reply_to: string }
  }): Promise<DraftCampaign>
  setContent(campaignId: string, body: { html: string; plain_text: string }): Promise<unknown>
  remove(campaignId: string): Promise<unknown>
}
