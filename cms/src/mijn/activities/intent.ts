/**
 * The form's buttons (`actie`), the same words as the buurtkrant and prikbord forms: "Bewaar als
 * concept" keeps what is typed so far, "Bekijk voorbeeld" keeps it and shows the preview, the main
 * button "Indienen" needs everything filled in and sends it to the redactie.
 */
export const INTENTS = ['concept', 'voorbeeld', 'indienen'] as const
export type Intent = (typeof INTENTS)[number]

/** Anything else (or nothing, e.g. Enter in a field of an old browser) keeps a concept. */
export const intentOf = (value: unknown): Intent => (INTENTS.includes(value as Intent) ? (value as Intent) : 'concept')
