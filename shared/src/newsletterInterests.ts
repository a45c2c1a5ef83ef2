/**
 * What a resident can tick on the signup form. Each choice becomes a Mailchimp tag on the member
 * (next to the wijk's slug), so the redactie can send to "everyone in Delfshaven who wants the
 * agenda" with a tag segment. Tags need no set-up in Mailchimp, unlike interest groups.
 * The site's form and the CMS's checkbox fields both come from this one list.
 */
export const NEWSLETTER_INTERESTS = [
  { value: 'agenda', label: 'De agenda: activiteiten in de wijk' },
  { value: 'buurtkrant', label: 'De buurtkrant: nieuws en verhalen' },
  { value: 'vrijwilligerswerk', label: 'Vrijwilligerswerk: waar hulp nodig is' },
] as const
