import type { MailContent } from '../email/mailMessage'
import { accountUrl, KIND_LABELS, KIND_PHRASES, queueUrl, type ReviewCollection } from './reviewKinds'

export type SubmittedItem = { collection: ReviewCollection; title: string; who: string; wijkName: string; adminUrl: string }

const changeChoice = (wijkName: string) =>
  `Je krijgt deze e-mail omdat je bij de redactie van ${wijkName} bent. Liever één mail per dag, of geen mail? Kies dat bij "Mail van de wachtrij" in je account: ${accountUrl()}`

/** The mail an editor who chose "Bij elk stuk een mail" gets for one submitted item. */
export const submissionMail = (editorName: string, item: SubmittedItem): MailContent & { subject: string } => ({
  subject: `Wacht op de redactie: ${item.title}`,
  greeting: `Hallo ${editorName},`,
  paragraphs: [
    `${item.who || 'Iemand'} heeft ${KIND_PHRASES[item.collection]} ingediend in ${item.wijkName}: "${item.title}".`,
    `Het wacht op jullie besluit. Je kunt het plaatsen, om een aanpassing vragen of afwijzen. Bekijk het hier: ${item.adminUrl}`,
    `Alles wat wacht staat in de wachtrij: ${queueUrl()}`,
    changeChoice(item.wijkName),
  ],
})

export type DigestLine = { collection: ReviewCollection; title: string; who: string; waited: string; wijkName: string; adminUrl: string }

/** The daily mail: everything that waits in the editor's wijken, oldest first. */
export const digestMail = (editorName: string, lines: DigestLine[], wijkNames: string[]): MailContent & { subject: string } => {
  const wijken = wijkNames.join(' en ')
  const count = lines.length === 1 ? 'Er wacht 1 stuk' : `Er wachten ${lines.length} stukken`
  return {
    subject: `${count} op de redactie van ${wijken}`,
    greeting: `Hallo ${editorName},`,
    paragraphs: [
      `${count} op de redactie van ${wijken}. Het oudste staat bovenaan.`,
      lines
        .map(
          (line) =>
            `- ${KIND_LABELS[line.collection]}: "${line.title}"${line.who ? ` van ${line.who}` : ''}${wijkNames.length > 1 ? ` (${line.wijkName})` : ''}, ${line.waited}.\n  ${line.adminUrl}`,
        )
        .join('\n'),
      `Plaatsen, om een aanpassing vragen of afwijzen doe je in de wachtrij: ${queueUrl()}`,
      changeChoice(wijken),
    ],
  }
}
