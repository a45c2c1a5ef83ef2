/**
 * The part of @mailchimp/mailchimp_marketing (3.0.80, plain JavaScript without types) this platform
 * uses. Every method resolves to the response body and rejects with a superagent error carrying
 * `status` and `response.body` ({ type, title, status, detail }).
 */
declare module '@mailchimp/mailchimp_marketing/src/ApiClient.js' {
  type Body = Record<string, unknown>
  class ApiClient {
    basePath: string
    timeout: number
    setConfig(config: { apiKey: string; server: string }): void
    lists: {
      getListMember(listId: string, subscriberHash: string, opts?: Body): Promise<Body>
      setListMember(listId: string, subscriberHash: string, body: Body, opts?: Body): Promise<Body>
      updateListMember(listId: string, subscriberHash: string, body: Body, opts?: Body): Promise<Body>
      updateListMemberTags(listId: string, subscriberHash: string, body: Body): Promise<unknown>
      deleteListMember(listId: string, subscriberHash: string): Promise<unknown>
      deleteListMemberPermanent(listId: string, subscriberHash: string): Promise<unknown>
      getListMembersInfo(listId: string, opts?: Body): Promise<Body>
    }
    campaigns: {
      create(body: Body): Promise<Body>
      setContent(campaignId: string, body: Body): Promise<Body>
      get(campaignId: string, opts?: Body): Promise<Body>
    }
  }
  export default ApiClient
}
