import type { Field } from 'payload'

const AUDIENCE_ID = /^[0-9a-z]{1,32}$/i

const audienceId = (value: string | null | undefined) =>
  !value || AUDIENCE_ID.test(value.trim()) ? true : 'Een audience-id bestaat uit letters en cijfers, bijvoorbeeld a1b2c3d4e5.'

const where = 'In Mailchimp: Audience → Settings → Audience name and defaults → Audience ID.'

/** The wijk's two Mailchimp audiences (on the wijk: each wijk has its own account lists). */
export const mailchimpAudiencesField = (): Field => ({
  name: 'mailchimp',
  type: 'group',
  label: 'Mailchimp',
  admin: {
    description:
      'De audiences van deze wijk in Mailchimp. Leeg, of Mailchimp niet gekoppeld op de server (geen MAILCHIMP_API_KEY): er gaat niets naar Mailchimp; aanmeldingen worden wel bewaard en gaan naar Mailchimp zodra de wijk gekoppeld is.',
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
