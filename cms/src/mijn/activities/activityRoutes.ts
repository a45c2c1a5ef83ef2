import { z } from 'zod'

import { mijnAnswerPage, mijnPostHandler, seeOther } from '../http/mijnPostHandler'
import { formAnswerPage } from '../formHtml/formAnswerPage'
import { notAnHtmlForm } from '../formHtml/onlyHtmlForm'
import { activityFormHtml } from './activityFormHtml'
import { activityPageProps } from './activityPageProps'
import { activityValuesOf } from './activityValues'
import { findOwnActivity } from './findOwnActivity'
import { saveActivity } from './saveActivity'
import { withdrawActivity } from './withdrawActivity'

/** Every field is checked by saveActivity (its own Dutch messages, the typed values kept); here only "a form". */
const anyFields = z.record(z.string(), z.unknown())

/** Saves per client address: enough for an afternoon of "Bewaar als concept" in a buurthuis. */
const RATE_LIMIT = { max: 120, windowMs: 60 * 60_000 }
/** A photo (at most 8 MB) and the text. */
const MAX_BYTES = 9 * 1024 * 1024

/** The activity's id from `/mijn/activiteit/<id>/<verb>`; undefined for `/mijn/activiteit/nieuw/…`. */
const idInPath = (request: Request): string | undefined => /^\/mijn\/activiteit\/(\d{1,12})\//.exec(new URL(request.url).pathname)?.[1]

const notYours = (wijk: Parameters<typeof mijnAnswerPage>[1], status: number, message: string) =>
  mijnAnswerPage({ status, title: status === 404 ? 'Niet gevonden' : 'Dat kan hier niet', message, back: { href: '/mijn/', label: 'Naar Mijn buurt' } }, wijk)

/**
 * POST `/mijn/activiteit/nieuw/opslaan` and `/mijn/activiteit/<id>/opslaan`: "Bewaar als concept",
 * "Bekijk voorbeeld" or "Indienen". A 303 to the activity's page (or its preview); bad input is a 400
 * with the same form, what was typed and a message at each field.
 */
export const saveActivityRoute = mijnPostHandler({
  schema: anyFields,
  rateLimit: RATE_LIMIT,
  maxBytes: MAX_BYTES,
  handle: async ({ data, files, session, request }) => {
    const refused = notAnHtmlForm(request, session.wijk)
    if (refused) return refused
    const id = idInPath(request)
    const result = await saveActivity(session, { id, fields: data, files })
    if (result.ok) {
      const page = `/mijn/activiteit/${result.id}/`
      return seeOther(result.intent === 'voorbeeld' ? `${page}voorbeeld/` : `${page}?${result.intent === 'indienen' ? 'ingediend' : 'bewaard'}=1`)
    }
    if (result.status !== 400) return notYours(session.wijk, result.status, result.message)
    const previous = id === undefined ? null : await findOwnActivity(session, id)
    const props = await activityPageProps(session, previous)
    return formAnswerPage({
      status: 400,
      wijk: session.wijk,
      title: props.title,
      intro: props.intro,
      formHtml: activityFormHtml({ ...props.form, values: result.values, errors: result.errors, message: result.message }),
    })
  },
})

/** POST `/mijn/activiteit/<id>/indienen` (from the preview): submits the stored draft as it is. */
export const submitActivityRoute = mijnPostHandler({
  schema: anyFields,
  rateLimit: RATE_LIMIT,
  handle: async ({ session, request }) => {
    const id = idInPath(request)
    const previous = id === undefined ? null : await findOwnActivity(session, id)
    if (!previous) return notYours(session.wijk, 404, 'Deze activiteit bestaat niet of is niet van jou.')
    const values = activityValuesOf(previous)
    const result = await saveActivity(session, { id: previous.id, fields: { ...values, actie: 'indienen' } })
    if (result.ok) return seeOther(`/mijn/activiteit/${result.id}/?ingediend=1`)
    if (result.status !== 400) return notYours(session.wijk, result.status, result.message)
    const props = await activityPageProps(session, previous)
    return formAnswerPage({
      status: 400,
      wijk: session.wijk,
      title: props.title,
      intro: props.intro,
      formHtml: activityFormHtml({ ...props.form, values: result.values, errors: result.errors, message: result.message }),
    })
  },
})

/** The overview's notice after "Trek mijn voorstel in" (`/mijn/?ingetrokken=voorstel`). */
const WITHDRAWN_QUERY = 'ingetrokken=voorstel'

/**
 * POST `/mijn/activiteit/<id>/intrekken`: "Trek mijn voorstel in" with "Ja, ik weet het zeker" (`zeker=ja`).
 * Deletes a resident's own never-published proposal as the resident and answers 303 to `/mijn/` with a
 * notice; anything else is a Dutch page (404 not theirs, 403 a partner's activity, 409 on the site,
 * 400 not confirmed) and nothing changes.
 */
export const withdrawActivityRoute = mijnPostHandler({
  schema: anyFields,
  rateLimit: RATE_LIMIT,
  handle: async ({ data, session, request }) => {
    const id = idInPath(request)
    const result = id === undefined ? null : await withdrawActivity(session, id, { confirmed: data.zeker === 'ja' })
    if (result?.ok) return seeOther(`/mijn/?${WITHDRAWN_QUERY}`)
    if (!result || result.status !== 400)
      return notYours(session.wijk, result?.status ?? 404, result?.message ?? 'Dit voorstel bestaat niet of is niet van jou.')
    return mijnAnswerPage(
      { status: 400, title: 'Weet je het zeker?', message: result.message, back: { href: `/mijn/activiteit/${id}/`, label: 'Terug naar je voorstel' } },
      session.wijk,
    )
  },
})
