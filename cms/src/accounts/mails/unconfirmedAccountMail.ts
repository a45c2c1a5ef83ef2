import { accountLinks } from '../accountLinks'
import { accountMail } from './mailHtml'

/**
 * Someone registers again with an address whose account was never confirmed (the first mail got
 * lost, or was never opened, or someone else typed this address): the confirmation link again. The
 * password is chosen on the page the link opens, so nothing the other registration sent counts,
 * and the mail repeats no name: the stored one may be a stranger's text.
 */
export const unconfirmedAccountMail = ({ wijkName, token }: { wijkName: string; token: string }) =>
  accountMail(`Bevestig je e-mailadres voor ${wijkName}`, [
    'Hallo,',
    `Er is al eerder een account gemaakt met dit e-mailadres op de site van ${wijkName}, maar het is nog niet bevestigd. Klik op de knop. Je kiest dan een wachtwoord en bevestigt je account.`,
    { link: accountLinks.verify(token), label: 'Bevestig mijn e-mailadres' },
    'Heb je geen account gemaakt? Dan hoef je niets te doen. Zonder bevestiging wordt het account niet gebruikt.',
  ])
