/**
 * What a Mijn buurt writing form asks for, from the button pressed (`actie`). The main button
 * ("Indienen") submits; "Bewaar als concept" and "Bekijk voorbeeld" keep a concept; "Trek in"
 * withdraws unpublished work; "Sluit mijn oproep" closes a published prikbord post.
 */
export const INTENTS = ['concept', 'voorbeeld', 'indienen', 'intrekken', 'sluiten'] as const
export type Intent = (typeof INTENTS)[number]

/** States in which the writer may still change the piece in Mijn buurt. */
export const EDITABLE_STATES = new Set(['draft', 'changes-requested', 'withdrawn'])

/** States from which the writer may withdraw the piece (anything the site does not show and the redactie has not turned down). */
export const WITHDRAWABLE_STATES = new Set(['draft', 'submitted', 'changes-requested'])
