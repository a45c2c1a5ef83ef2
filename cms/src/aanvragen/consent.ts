/**
 * The consent wording the site form shows. Its version is stored with each aanvraag (with the time),
 * so a changed wording never rewrites what someone agreed to. Bump the version with the wording.
 */
export const CONSENT_VERSION = 'aanvraag-2026-11'
export const CONSENT_TEXT =
  'Ik geef toestemming dat mijn gegevens worden gedeeld met de organisatie en de redactie van de wijk, alleen om op mijn aanvraag te reageren.'
