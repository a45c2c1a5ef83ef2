/**
 * The version of the consent wording the site form shows (sites/src/components/RequestForm.astro). It is stored with each aanvraag (with the time),
 * so a changed wording never rewrites what someone agreed to. Bump the version with the wording.
 */
export const CONSENT_VERSION = 'aanvraag-2026-11'
