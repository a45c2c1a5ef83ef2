import { accountMail } from '../../accounts/mails/mailHtml'

/**
 * The sign-in link: plain words, one button. The link opens a page with an "Inloggen" button (a mail
 * scanner that opens links signs nobody in). It repeats nothing anyone typed.
 */
export const signInLinkMail = ({ wijkName, link }: { wijkName: string; link: string }) =>
  accountMail(`Je inloglink voor ${wijkName}`, [
    'Hallo,',
    `Je vroeg om een link om in te loggen op Mijn buurt van ${wijkName}. Klik op de knop en daarna op "Inloggen".`,
    { link, label: 'Inloggen op Mijn buurt' },
    'De link werkt één keer en een half uur lang.',
    'Heb je dit niet gevraagd? Dan hoef je niets te doen. Zonder de link kan niemand inloggen.',
  ])
