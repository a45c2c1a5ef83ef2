import { publicCmsUrl } from '../../env'

/**
 * What the sign-in page says after a refused try, by a short code in its address (`?fout=…`): only
 * these fixed words are ever shown, never anything from the address itself.
 */
export const SIGN_IN_MESSAGES = {
  wachtwoord: {
    kind: 'error',
    text: ['Dit e-mailadres en wachtwoord horen niet bij elkaar. Kijk ze nog eens na.', 'Wachtwoord vergeten? Vraag hieronder een inloglink aan.'],
  },
  bevestigen: {
    kind: 'error',
    text: ['Je hebt je e-mailadres nog niet bevestigd. Open de mail die we je stuurden toen je je aanmeldde en klik op de knop.'],
  },
  redactie: {
    kind: 'error',
    text: [`Je account is van de redactie. Log in via de beheeromgeving: ${publicCmsUrl()}/admin`],
  },
  'andere-wijk': {
    kind: 'error',
    text: ['Je account hoort bij een andere wijk. Log in op de site van jouw wijk.'],
  },
  link: {
    kind: 'error',
    text: ['Deze inloglink werkt niet meer. Een link werkt één keer en een half uur lang. Vraag hieronder een nieuwe aan.'],
  },
  uitgelogd: { kind: 'ok', text: ['Je bent uitgelogd. Tot ziens!'] },
} as const satisfies Record<string, { kind: 'error' | 'ok'; text: readonly string[] }>

export type SignInMessageCode = keyof typeof SIGN_IN_MESSAGES

export const signInMessage = (code: string | string[] | undefined) =>
  typeof code === 'string' && Object.hasOwn(SIGN_IN_MESSAGES, code) ? SIGN_IN_MESSAGES[code as SignInMessageCode] : null

const REFUSAL_CODES: Record<'wrong' | 'unverified' | 'editor' | 'other-wijk', SignInMessageCode> = {
  wrong: 'wachtwoord',
  unverified: 'bevestigen',
  editor: 'redactie',
  'other-wijk': 'andere-wijk',
}

/** A refusal of signIn.ts as the code above. */
export const codeOfRefusal = (reason: keyof typeof REFUSAL_CODES): SignInMessageCode => REFUSAL_CODES[reason]
