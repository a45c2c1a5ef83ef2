import type { Endpoint } from 'payload'

import { escapeHtml } from '@wijk/shared/html'

import { accountPage } from '../accounts/accountPage'
import { type LinkedReaction, reactionByLink } from './reactionByLink'
import { REACTION_PATHS } from './reactionLinks'
import { ANSWER_MAX } from './reactionSchema'

/** What the answer page adds to the account pages' plain, large look. */
const STYLE = [
  'h2{font-size:1.4rem;margin-top:2.5rem}',
  'textarea{display:block;box-sizing:border-box;width:100%;min-height:10rem;font:inherit;font-size:1.2rem;padding:.6rem .75rem;margin-top:.35rem;border:2px solid #595959;border-radius:.5rem}',
  'textarea:focus-visible{outline:3px solid #b45309;outline-offset:2px}',
  'blockquote{margin:1rem 0;padding:.75rem 1rem;border-left:6px solid #1f4e79;background:#f2f5f9;white-space:pre-line}',
  'button.tweede{color:#1f4e79;background:#fff;border:2px solid #1f4e79}',
  '.klaar{padding:.75rem 1rem;border-radius:.5rem;background:#e8f3ea;border:2px solid #2e7d32}',
].join('')

const hidden = (reactionId: number, token: string) =>
  `<input type="hidden" name="reaction" value="${reactionId}"><input type="hidden" name="token" value="${escapeHtml(token)}">`

const closeSection = (api: string, { reaction, post }: LinkedReaction, token: string) =>
  post.closed
    ? `<h2>Je oproep is gesloten</h2><p>Je bericht staat niet meer op het prikbord, of gaat eraf bij de volgende keer dat de website wordt bijgewerkt. Niemand kan er nog op reageren.</p>`
    : `<h2>Heb je gevonden wat je zocht?</h2><p>Sluit dan je oproep. Je bericht gaat van het prikbord en niemand kan er nog op reageren.</p>` +
      `<form method="post" action="${escapeHtml(`${api}${REACTION_PATHS.close}`)}">${hidden(reaction.id, token)}<button type="submit" class="tweede">Sluit mijn oproep</button></form>`

const answerForm = (api: string, { reaction }: LinkedReaction, token: string) => {
  const name = escapeHtml(reaction.name)
  return (
    `<h2>Antwoorden</h2>` +
    `<p>Als je antwoordt, krijgt ${name} je antwoord en je e-mailadres. Jij krijgt dan het e-mailadres van ${name}. Tot dan blijven jullie e-mailadressen geheim.</p>` +
    `<form method="post" action="${escapeHtml(`${api}${REACTION_PATHS.answer}`)}">${hidden(reaction.id, token)}` +
    `<label for="antwoord">Je antwoord aan ${name}</label>` +
    `<textarea id="antwoord" name="answer" required maxlength="${ANSWER_MAX}" rows="6" aria-describedby="antwoord-uitleg"></textarea>` +
    `<p id="antwoord-uitleg" class="uitleg">Bijvoorbeeld: Fijn! Zullen we zaterdag om 10 uur afspreken? Zet je adres of telefoonnummer er alleen in als je dat wilt.</p>` +
    `<button type="submit">Stuur mijn antwoord</button></form>` +
    `<p>Niet antwoorden mag ook. Dan hoort ${name} niets meer van deze reactie.</p>`
  )
}

/** The page for a valid link: the reaction, then the answer form (or the answer sent), then "Sluit mijn oproep". */
const answerPageBody = (api: string, linked: LinkedReaction, token: string): { title: string; body: string } => {
  const { reaction, post } = linked
  const name = escapeHtml(reaction.name)
  const intro = `<p><strong>${name}</strong> reageerde op je bericht “${escapeHtml(post.title ?? '')}”:</p><blockquote>${escapeHtml(reaction.message)}</blockquote>`
  if (reaction.answeredAt) {
    return {
      title: 'Je antwoord is verstuurd',
      body:
        `<p class="klaar">Je antwoord gaat per e-mail naar ${name}, met je e-mailadres. Jij krijgt een e-mail met het e-mailadres van ${name}.</p>` +
        intro +
        `<p>Je antwoord:</p><blockquote>${escapeHtml(reaction.answer ?? '')}</blockquote>` +
        closeSection(api, linked, token),
    }
  }
  return { title: 'Een reactie op je bericht', body: intro + answerForm(api, linked, token) + closeSection(api, linked, token) }
}

/** The answer page as the link opens it. */
const renderAnswerPage = (api: string, linked: LinkedReaction, token: string): Response => {
  const { title, body } = answerPageBody(api, linked, token)
  return accountPage(200, title, body, STYLE)
}

/**
 * GET /api/prikbord/antwoord/:reaction/:token — the link in the poster's mail. Only shows the page
 * (mail link scanners open every link); its buttons post to answerEndpoint and closeEndpoint.
 */
export const answerPageEndpoint: Endpoint = {
  path: REACTION_PATHS.answerPage,
  method: 'get',
  handler: async (req) => {
    const linked = await reactionByLink(req.payload, String(req.routeParams?.reaction ?? ''), String(req.routeParams?.token ?? ''))
    if (!linked.ok) return accountPage(linked.status, 'Deze link werkt niet (meer)', `<p>${escapeHtml(linked.message)}</p>`)
    if (!linked.poster) return accountPage(400, 'Deze link werkt niet (meer)', '<p>Dit bericht hoort niet meer bij een account.</p>')
    return renderAnswerPage(req.payload.config.routes.api, linked, String(req.routeParams?.token))
  },
}
