/**
 * The form's buttons (`actie`), the same words as the buurtkrant and prikbord forms: "Bewaar als
 * concept" keeps what is typed so far, "Bekijk voorbeeld" keeps it and shows the preview, the main
 * button "Indienen" needs everything filled in and sends it to the redactie.
 */
const INTENTS = ['concept', 'voorbeeld', 'indienen'] as const
export type Intent = (typeof INTENTS)[number]

/** No button (Enter in a field of an old browser) keeps a concept; a value no button sends is `null` (refused). */
export const intentOf = (value: unknown): Intent | null =>
  value === undefined || value === '' ? 'concept' : INTENTS.includes(value as Intent) ? (value as Intent) : null

export const UNKNOWN_INTENT = 'Druk op een van de knoppen onder het formulier: Indienen, Bekijk voorbeeld of Bewaar als concept.'

/** Fields of the form sent as anything but text (a script, or a repeated field): one message each. */
export const notTextErrors = (fields: Record<string, unknown>, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(
    names.filter((name) => fields[name] !== undefined && typeof fields[name] !== 'string').map((name) => [name, 'Dit veld is niet goed ingevuld.']),
  )
