import { accountLinks } from '../accountLinks'
import { accountMail } from './mailHtml'

/**
 * The first mail after registering: one link to the page where the resident chooses a password and
 * confirms with a button (the link itself confirms nothing; see verifyEndpoint). It goes to an
 * address nobody has confirmed yet, so it repeats nothing a stranger could have typed (not the name).
 */
export const verificationMail = ({ wijkName, token }: { wijkName: string; token: string }) =>
  accountMail(`Bevestig je e-mailadres voor ${wijkName}`, [
    'Hallo,',
    `Je hebt een account gemaakt op de site van ${wijkName}. Klik op de knop. Je kiest dan een wachtwoord en bevestigt je account. Daarna kun je inloggen.`,
    { link: accountLinks.verify(token), label: 'Bevestig mijn e-mailadres' },
    'Heb je geen account gemaakt? Dan hoef je niets te doen. Zonder bevestiging wordt het account niet gebruikt.',
  ])
