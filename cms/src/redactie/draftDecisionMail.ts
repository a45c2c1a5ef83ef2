import type { MailContent } from '../email/mailMessage'
import type { QueueDecision } from './decisionSchema'

export type DecidedDraft = { collection: 'events' | 'organisations'; title: string; name: string; message?: string; url: string }

const WHAT = { events: 'je activiteit', organisations: 'de wijziging van je organisatie' } as const

/** The mail to whoever submitted an activity or organisation when the redactie decides in the Wachtrij. */
export const draftDecisionMail = (decision: QueueDecision, item: DecidedDraft): MailContent & { subject: string } => {
  const greeting = `Hallo ${item.name || 'daar'},`
  const what = `${WHAT[item.collection]} "${item.title}"`
  switch (decision) {
    case 'approve':
      return {
        subject: `Geplaatst: ${item.title}`,
        greeting,
        paragraphs: [`Goed nieuws: de redactie heeft ${what} geplaatst.`, 'Over een paar minuten staat het op de site van de wijk.'],
      }
    case 'changes':
      return {
        subject: `Graag aanpassen: ${item.title}`,
        greeting,
        paragraphs: [
          `De redactie heeft ${what} gelezen en vraagt je om iets aan te passen:`,
          item.message ?? '',
          `Pas het aan en dien het daarna opnieuw in. Hier vind je het: ${item.url}`,
        ],
      }
    case 'reject':
      return {
        subject: `Niet geplaatst: ${item.title}`,
        greeting,
        paragraphs: [
          `De redactie plaatst ${what} niet. De reden:`,
          item.message ?? '',
          `Heb je een vraag? Antwoord dan op deze e-mail of neem contact op met de redactie. Je vindt het hier terug: ${item.url}`,
        ],
      }
  }
}
