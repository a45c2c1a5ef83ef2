/** What the newsletter needs of a wijk: its slug (a tag on every member) and its newsletter audience. */
export type NewsletterWijk = { id: number | string; slug: string; mailchimp?: { newsletterAudienceId?: string | null } | null }

/** The wijk's newsletter audience id, or '' when it has none (then nothing goes to Mailchimp). */
export const newsletterAudienceOf = (wijk: Partial<NewsletterWijk> | null | undefined): string => (wijk?.mailchimp?.newsletterAudienceId ?? '').trim()
