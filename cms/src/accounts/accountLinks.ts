import { sitePaths } from '@wijk/shared/sitePaths'

import { publicCmsUrl } from '../env'
import { siteUrlOf } from '../snapshot/toWijk'

/** Where the links in account mails and redirects point. One place, so mails and tests agree. */
export const accountLinks = {
  /** Opened from the verification mail: a page where the resident chooses a password and confirms with a button. */
  verify: (token: string) => `${publicCmsUrl()}/api/account/bevestigen/${encodeURIComponent(token)}`,
  /** Payload's own "new password" page in the admin. */
  resetPassword: (token: string) => `${publicCmsUrl()}/admin/reset/${encodeURIComponent(token)}`,
  login: () => `${publicCmsUrl()}/admin`,
  forgotPassword: () => `${publicCmsUrl()}/admin/forgot`,
  /** Pages of the wijk's static site (sites/src/pages/account/). */
  site: (domain: string, page: 'account' | 'registered' | 'accountReady') => new URL(sitePaths[page](), siteUrlOf(domain)).toString(),
}
