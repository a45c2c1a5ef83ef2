/** The fake Mailchimp Marketing API server for the tests; see `server.ts`. */
export { type FakeList, md5, type MemberStatus } from './members'
export { type FakeMailchimp, startFakeMailchimp } from './server'
