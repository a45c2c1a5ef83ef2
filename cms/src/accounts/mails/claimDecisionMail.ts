import { accountLinks } from '../accountLinks'
import { accountMail } from './mailHtml'

type Decision = { name: string; organisationName: string; approved: boolean; reason?: string | null; isNew: boolean }

/** The redactie decided on a partner's claim: what the partner can do now, or why not. */
export const claimDecisionMail = ({ name, organisationName, approved, reason, isNew }: Decision) =>
  approved
    ? accountMail(`Je beheert nu ${organisationName}`, [
        `Hoi ${name},`,
        `De redactie heeft je aanvraag goedgekeurd. Je kunt nu ${organisationName} en haar activiteiten aanpassen.`,
        isNew
          ? 'Je organisatie staat nog niet op de site. Vul eerst de gegevens in. De redactie kijkt alles na en zet het daarna op de site.'
          : 'De redactie kijkt je wijzigingen na voordat ze op de site komen.',
        { link: accountLinks.login(), label: 'Inloggen' },
      ])
    : accountMail(`Je aanvraag voor ${organisationName}`, [
        `Hoi ${name},`,
        `De redactie heeft je aanvraag om ${organisationName} te beheren niet goedgekeurd.`,
        ...(reason ? [`De reden: ${reason}`] : []),
        'Heb je vragen? Neem dan contact op met de redactie van de wijk.',
      ])
