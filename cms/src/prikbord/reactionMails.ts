import { renderMail, type RenderedMail } from '../email/mailMessage'

export type ReactionMail = RenderedMail & { key: string; to: string; purpose: string; subject: string; replyTo?: string }

export type ReactionAbout = { wijkName: string; postTitle: string; posterName: string }

/**
 * To the poster: the responder's name and message and a link to answer. No address of the responder
 * (no Reply-To either): neither side learns the other's address until the poster answers.
 */
export const posterMail = (to: string, about: ReactionAbout, reaction: { name: string; message: string }, answerLink: string): ReactionMail => ({
  key: 'poster',
  to,
  purpose: 'Reactie aan schrijver',
  subject: `Reactie op je prikbordbericht: ${about.postTitle}`,
  ...renderMail({
    greeting: `Hallo ${about.posterName},`,
    paragraphs: [
      `${reaction.name} reageerde via de website van ${about.wijkName} op je bericht "${about.postTitle}":`,
      reaction.message,
      `Wil je antwoorden? Open deze link en schrijf je antwoord:\n${answerLink}`,
      `Je e-mailadres blijft geheim tot je antwoordt. Als je antwoordt, krijgt ${reaction.name} je antwoord en je e-mailadres. Jij krijgt dan het e-mailadres van ${reaction.name}.`,
      'Niet antwoorden mag ook. Heb je gevonden wat je zocht? Met dezelfde link kun je je oproep sluiten.',
      'Antwoord niet op deze e-mail: dan komt je bericht niet aan.',
    ],
  }),
})

/** To the responder, once the poster answered: the answer, with the poster's address to reply to. */
export const responderMail = (
  reaction: { name: string; email: string; message: string },
  about: ReactionAbout,
  answer: string,
  posterEmail: string,
): ReactionMail => ({
  key: 'responder',
  to: reaction.email,
  purpose: 'Antwoord aan reageerder',
  subject: `Antwoord op je reactie: ${about.postTitle}`,
  replyTo: posterEmail,
  ...renderMail({
    greeting: `Hallo ${reaction.name},`,
    paragraphs: [
      `${about.posterName} antwoordde op je reactie op "${about.postTitle}" (prikbord van ${about.wijkName}):`,
      answer,
      `Wil je verder praten? Beantwoord deze e-mail. Je antwoord gaat naar ${about.posterName} (${posterEmail}).`,
      `Je schreef:\n${reaction.message}`,
    ],
  }),
})

/** To the poster, after answering: the responder's address, to go on by mail. */
export const posterCopyMail = (posterEmail: string, reaction: { name: string; email: string }, about: ReactionAbout, answer: string): ReactionMail => ({
  key: 'poster-copy',
  to: posterEmail,
  purpose: 'Adres van reageerder aan schrijver',
  subject: `Je antwoord is verstuurd: ${about.postTitle}`,
  replyTo: reaction.email,
  ...renderMail({
    greeting: `Hallo ${about.posterName},`,
    paragraphs: [
      `Je antwoord aan ${reaction.name} is verstuurd. ${reaction.name} kan je nu mailen.`,
      `Het e-mailadres van ${reaction.name} is ${reaction.email}. Beantwoord deze e-mail om ${reaction.name} te mailen.`,
      `Je schreef:\n${answer}`,
    ],
  }),
})
