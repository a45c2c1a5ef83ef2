/**
 * The CMS's public address, for forms that post to it and links to its login. A build setting
 * (`PUBLIC_CMS_URL`, the same variable the CMS uses for its own address), not part of the snapshot.
 */
export const cmsUrl = (env: Record<string, string | undefined> = process.env): string =>
  (env.PUBLIC_CMS_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '')

/** Account links on the CMS: Payload's admin login and its "wachtwoord vergeten" page. */
export const cmsLinks = {
  login: () => `${cmsUrl()}/admin`,
  forgotPassword: () => `${cmsUrl()}/admin/forgot`,
  register: () => `${cmsUrl()}/api/account/registreren`,
}
