import { renderMail, type RenderedMail } from '../email/mailMessage'
import type { RequestInput } from './requestSchema'

export type RequestMail = RenderedMail & { key: string; to: string; purpose: string; subject: string; replyTo?: string }

/** What the aanvraag is about, for people: "Buurtmaaltijd De Kabel" or "de wijk Delfshaven". */
export type RequestSubject = { wijkName: string; targetName: string | null }

const WANTS: Record<RequestInput['kind'], string> = {
  join: 'wil meedoen',
  volunteer: 'wil vrijwilliger worden',
  idea: 'heeft een idee voor de wijk',
}

const detailsOf = (input: RequestInput, about: RequestSubject) =>
  [
    `Naam: ${input.name}`,
    `E-mail: ${input.email}`,
    ...(input.phone ? [`Telefoon: ${input.phone}`] : []),
    `Voor: ${about.targetName ?? `de wijk ${about.wijkName}`}`,
    `Bericht:\n${input.message}`,
  ].join('\n')

const headline = (input: RequestInput, about: RequestSubject) =>
  `${input.name} ${WANTS[input.kind]}${about.targetName && input.kind !== 'idea' ? ` (${about.targetName})` : ''}`

/** To the organisation: reply straight to the resident. */
export const organisationMail = (to: string, input: RequestInput, about: RequestSubject): RequestMail => ({
  key: 'organisation',
  to,
  purpose: 'Organisatie',
  subject: `Nieuwe aanvraag: ${headline(input, about)}`,
  replyTo: input.email,
  ...renderMail({
    greeting: 'Hallo,',
    paragraphs: [
      `Via de website van ${about.wijkName} kwam een aanvraag binnen. ${headline(input, about)}.`,
      detailsOf(input, about),
      'Wil je binnen een week reageren? Beantwoord deze e-mail; je antwoord gaat naar de bewoner.',
    ],
  }),
})

/** To one editor of the wijk: they keep an eye on every aanvraag. */
export const editorMail = (to: string, index: number, input: RequestInput, about: RequestSubject): RequestMail => ({
  key: `editor-${index}`,
  to,
  purpose: 'Redactie',
  subject: `Aanvraag via de site: ${headline(input, about)}`,
  replyTo: input.email,
  ...renderMail({
    greeting: 'Hallo redactie,',
    paragraphs: [
      `Er is een nieuwe aanvraag binnengekomen via de website van ${about.wijkName}.`,
      detailsOf(input, about),
      'Je vindt de aanvraag ook in het CMS onder Aanvragen.',
    ],
  }),
})

/**
 * The confirmation to the resident, in plain words. Fixed text plus what was asked for (the activity
 * or organisation, from the database): the address is whatever someone typed, so nothing the sender
 * wrote (name, message) is repeated to it, or the platform would carry anyone's text to anyone.
 */
export const residentMail = (input: RequestInput, about: RequestSubject): RequestMail => ({
  key: 'resident',
  to: input.email,
  purpose: 'Bevestiging aan bewoner',
  subject: `We hebben je aanvraag ontvangen`,
  ...renderMail({
    greeting: 'Hallo,',
    paragraphs: [
      `Bedankt! Via de website van ${about.wijkName} is met dit e-mailadres ${input.kind === 'idea' ? 'een idee' : 'een aanvraag'} verstuurd voor ${about.targetName ?? `de wijk ${about.wijkName}`}. We hebben ${input.kind === 'idea' ? 'het' : 'hem'} doorgestuurd.`,
      'Je krijgt meestal binnen een week antwoord.',
      'Heb je dit niet zelf gedaan? Dan kun je deze e-mail negeren.',
    ],
  }),
})
