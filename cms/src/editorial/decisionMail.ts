import type { MailContent } from '../email/mailMessage'
import type { EditorialDecision } from '../fields/editorialFields'

export type DecidedItem = {
  collection: 'articles' | 'posts'
  title: string
  authorName: string
  editorComment?: string | null
  rejectionReason?: string | null
  /** The item in Mijn buurt on the wijk's site. */
  itemUrl: string
}

const WHAT = { articles: 'je stuk voor de buurtkrant', posts: 'je bericht voor het prikbord' } as const
const WHERE = { articles: 'in de buurtkrant', posts: 'op het prikbord' } as const

/** The subject and plain Dutch text of the e-mail a writer gets when the redactie decides. */
export const decisionMail = (decision: EditorialDecision, item: DecidedItem): MailContent & { subject: string } => {
  const greeting = `Hallo ${item.authorName},`
  const what = `${WHAT[item.collection]} "${item.title}"`
  switch (decision) {
    case 'published':
      return {
        subject: `Geplaatst: ${item.title}`,
        greeting,
        paragraphs: [`Goed nieuws: de redactie heeft ${what} geplaatst.`, `Over een paar minuten staat het ${WHERE[item.collection]} op de site van de wijk.`],
      }
    case 'changes-requested':
      return {
        subject: `Graag aanpassen: ${item.title}`,
        greeting,
        paragraphs: [
          `De redactie heeft ${what} gelezen en vraagt je om iets aan te passen:`,
          item.editorComment ?? '',
          `Pas het aan in Mijn buurt en druk daarna weer op "Indienen". Hier vind je het: ${item.itemUrl}`,
        ],
      }
    case 'rejected':
      return {
        subject: `Niet geplaatst: ${item.title}`,
        greeting,
        paragraphs: [
          `De redactie plaatst ${what} niet. De reden:`,
          item.rejectionReason ?? '',
          `Heb je een vraag? Antwoord dan op deze e-mail of neem contact op met de redactie. Je vindt het hier terug: ${item.itemUrl}`,
        ],
      }
  }
}
