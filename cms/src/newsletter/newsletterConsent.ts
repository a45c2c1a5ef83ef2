/**
 * The consent wording on the newsletter forms. Its version is stored with each signup (with the
 * time and the page), so a changed wording never rewrites what someone agreed to. Bump the version
 * with the wording, here and in the site's form.
 */
export const NEWSLETTER_CONSENT_VERSION = 'nieuwsbrief-2026-11'
export const NEWSLETTER_CONSENT_TEXT =
  'Ik wil de nieuwsbrief van de wijk ontvangen. Mijn e-mailadres wordt daarvoor bewaard in Mailchimp; afmelden kan onder elke nieuwsbrief.'
