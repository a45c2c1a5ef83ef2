import type { Field } from 'payload'

import { isAdminField } from '../access/isAdmin'

const AUDIENCE_ID = /^[0-9a-z]{1,32}$/i

const audienceId = (value: string | null | undefined) =>
  !value || AUDIENCE_ID.test(value.trim()) ? true : 'Een audience-id bestaat uit letters en cijfers, bijvoorbeeld a1b2c3d4e5.'

const where = 'In Mailchimp: Audience → Settings → Audience name and defaults → Audience ID.'

/**
 * The wijk's two Mailchimp audiences (on the wijk: each wijk has its own account lists). Admin-only:
 * the platform's one API key reaches every list, so an audience id decides whose subscribers a wijk
 * reads, writes and erases. For anyone else Payload leaves the stored value as it is (and shows it read-only).
 */
export const mailchimpAudiencesField = (): Field => ({
  name: 'mailchimp',
  type: 'group',
  label: 'Mailchimp',
  access: { create: isAdminField, update: isAdminField },
  admin: {
    description:
      'De audiences van deze wijk in Mailchimp (alleen een beheerder kan ze wijzigen). Leeg, of Mailchimp niet gekoppeld op de server (geen MAILCHIMP_API_KEY): er gaat niets naar Mailchimp; aanmeldingen worden wel bewaard en gaan naar Mailchimp zodra de wijk gekoppeld is.',
  },
  fields: [
    {
      name: 'newsletterAudienceId',
      type: 'text',
      label: 'Audience-id nieuwsbrief',
      admin: { description: `Bewoners die zich op de website aanmelden voor de nieuwsbrief. ${where}` },
      validate: audienceId,
    },
    {
      name: 'networkAudienceId',
      type: 'text',
      label: 'Audience-id netwerk (organisaties)',
      admin: { description: `De contactadressen van de organisaties in deze wijk, getagd per thema. ${where}` },
      validate: audienceId,
    },
  ],
})
