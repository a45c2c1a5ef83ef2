/** The fake Mailchimp Marketing API server for the tests; see `server.ts`. */
export { type FakeCampaign } from './campaigns'
export { type FakeList, type FakeMember, md5, type MemberStatus } from './members'
export { type FakeMailchimp, type RecordedRequest, startFakeMailchimp } from './server'
