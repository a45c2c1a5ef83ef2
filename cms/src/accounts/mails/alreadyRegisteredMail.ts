import { accountLinks } from '../accountLinks'
import { accountMail } from './mailHtml'

/**
 * Someone registered with an address that already has an account. The form answers the same as for
 * a new account (so it never tells strangers who has one); the owner learns it here instead.
 */
export const alreadyRegisteredMail = ({ name, wijkName }: { name: string; wijkName: string }) =>
  accountMail(`Je hebt al een account bij ${wijkName}`, [
    `Hoi ${name},`,
    `Iemand wilde een nieuw account maken met dit e-mailadres op de site van ${wijkName}. Maar je hebt al een account.`,
    { link: accountLinks.login(), label: 'Inloggen' },
    `Weet je je wachtwoord niet meer? Kies dan een nieuw wachtwoord: ${accountLinks.forgotPassword()}`,
    'Was jij dit niet? Dan hoef je niets te doen.',
  ])
