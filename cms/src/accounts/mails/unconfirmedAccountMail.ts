import { accountLinks } from '../accountLinks'
import { accountMail } from './mailHtml'

/**
 * Someone registers again with an address whose account was never confirmed (the first mail got
 * lost, or was never opened): the confirmation link again, and what to do about the password.
 */
export const unconfirmedAccountMail = ({ name, wijkName, token }: { name: string; wijkName: string; token: string }) =>
  accountMail(`Bevestig je e-mailadres voor ${wijkName}`, [
    `Hoi ${name},`,
    `Je had al eerder een account gemaakt op de site van ${wijkName}, maar nog niet bevestigd. Klik op de knop om je e-mailadres te bevestigen.`,
    { link: accountLinks.verify(token), label: 'Bevestig mijn e-mailadres' },
    `Je wachtwoord is het wachtwoord dat je de eerste keer koos. Weet je het niet meer? Kies dan na het bevestigen een nieuw wachtwoord: ${accountLinks.forgotPassword()}`,
    'Heb je geen account gemaakt? Dan hoef je niets te doen.',
  ])
