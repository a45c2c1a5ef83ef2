import { accountLinks } from '../accountLinks'
import { accountMail } from './mailHtml'

/** "Wachtwoord vergeten": a link to the admin's page for a new password (valid for one hour). */
export const resetPasswordMail = ({ name, token }: { name: string; token: string }) =>
  accountMail('Kies een nieuw wachtwoord', [
    `Hoi ${name},`,
    'Je hebt gevraagd om een nieuw wachtwoord. Klik op de knop en kies een nieuw wachtwoord. De link werkt één uur.',
    { link: accountLinks.resetPassword(token), label: 'Nieuw wachtwoord kiezen' },
    'Heb je dit niet gevraagd? Dan hoef je niets te doen. Je oude wachtwoord blijft werken.',
  ])
