import { z } from 'zod'

import { mijnAnswerPage, mijnPostHandler, seeOther } from '../http/mijnPostHandler'
import { findOwn, photoOf } from './findOwn'
import { INTENTS } from './intent'
import { type AnyMijnKind as MijnKind, formLogicOf } from './kinds'
import { PHOTO_MAX_BYTES } from '../photos/photo'
import { closePost, type SaveResult, saveWriting, withdrawWriting } from './saveWriting'
import { formatClock } from './ui/formatDate'

/** A photo plus a long piece, in multipart: the photo limit and room for the words. */
const MAX_BYTES = PHOTO_MAX_BYTES + 256 * 1024

/**
 * Typing keeps a concept a few seconds after each pause (schrijven.js), so a busy afternoon in a
 * buurthuis, many residents behind one address, stays well inside this.
 */
const RATE_LIMIT = { max: 600, windowMs: 10 * 60_000 }

/**
 * The form's own buttons and fields, and nothing else: a key no form of ours sends (a polluting
 * `__proto__`, an unknown field) refuses the whole post. The words themselves are checked by the
 * kind's concept schema (saveWriting).
 */
const schemaFor = (config: MijnKind) => {
  const words = Object.keys((formLogicOf(config).draftSchema as unknown as z.ZodObject).shape)
  return z.strictObject(
    {
      actie: z.enum(INTENTS, { error: 'Druk op een van de knoppen onder het formulier.' }),
      id: z
        .string()
        .regex(/^\d{1,12}$/, { error: 'Dit formulier hoort niet bij een van je stukken. Open het opnieuw vanaf Mijn buurt.' })
        .optional()
        .or(z.literal('')),
      bewaard: z.literal('1').optional(),
      ...Object.fromEntries(words.map((name) => [name, z.unknown().optional()])),
    },
    { error: 'Dit formulier klopt niet. Open het opnieuw vanaf Mijn buurt en probeer het nog eens.' },
  )
}

const wantsJson = (headers: Headers) => (headers.get('accept') ?? '').includes('application/json')

const json = (status: number, body: Record<string, unknown>) =>
  Response.json({ ok: status < 400, ...body }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * POST /mijn/<kind>/opslaan: every button of the writing forms (concept, voorbeeld, indienen,
 * intrekken, sluiten). A form gets a 303 to the page that says what happened; the concept script
 * (`Accept: application/json`) gets JSON.
 */
export const writingPostHandler = (config: MijnKind) =>
  mijnPostHandler({
    schema: schemaFor(config),
    rateLimit: RATE_LIMIT,
    maxBytes: MAX_BYTES,
    back: `/mijn/${config.slug}/nieuw/`,
    handle: async ({ data, files, session, wijk, headers }) => {
      const asJson = wantsJson(headers)
      const page = `/mijn/${config.slug}/`
      const refuse = (status: number, title: string, message: string, items: string[] = [], back = '/mijn/') =>
        asJson
          ? json(status, { message, ...(items.length ? { errors: items } : {}) })
          : mijnAnswerPage({ status, title, message, items, back: { href: back, label: 'Ga terug' } }, wijk)
      if (!config.mayWrite(session.user)) return refuse(403, 'Dat kan niet', config.notAllowed)
      const id = data.id || undefined
      let result: SaveResult
      if (data.actie === 'intrekken') result = await withdrawWriting(session, config.collection, id)
      else if (data.actie === 'sluiten') {
        if (config.slug !== 'prikbord') return refuse(400, 'Dat kan niet', 'Alleen een bericht op het prikbord kun je sluiten.')
        result = await closePost(session, id)
      } else {
        let raw: Record<string, unknown> = data as Record<string, unknown>
        // "Indienen" under the preview sends the stored piece as it is.
        if (data.bewaard && id) {
          const stored = await findOwn(session, config.collection, id)
          if (!stored) return refuse(404, 'Niet gevonden', `Dit ${config.noun} vinden we niet bij jouw account.`)
          raw = { ...config.kind.fromDoc(stored as never, photoOf(stored)?.alt ?? '') }
        }
        result = await saveWriting(session, formLogicOf(config), { id, raw, photo: files.foto, intent: data.actie })
      }

      if (result.outcome === 'not-found') return refuse(404, 'Niet gevonden', `Dit ${config.noun} vinden we niet bij jouw account in deze wijk.`)
      if (result.outcome === 'refused') {
        return refuse(400, 'Kijk het nog eens na', 'Er is niets bewaard. Dit is niet goed ingevuld:', Object.values(result.errors), `${page}nieuw/`)
      }
      if (result.outcome === 'locked') return refuse(409, 'Dat kan nu niet', result.message, [], `${page}${result.doc.id}/`)

      const { doc, errors, photoError } = result
      const savedAt = formatClock(doc.updatedAt)
      if (asJson) return json(200, { id: doc.id, savedAt, message: `Concept bewaard om ${savedAt}`, submitted: result.submitted, errors })
      const here = `${page}${doc.id}/`
      const foto = photoError ? `&foto=${photoError}` : ''
      if (data.actie === 'intrekken') return seeOther(`${here}?ingetrokken=1`)
      if (data.actie === 'sluiten') return seeOther(`${here}?gesloten=1`)
      if (data.actie === 'indienen') return seeOther(result.submitted ? `${here}?ingediend=1` : `${here}?controle=1${foto}#fouten-titel`)
      if (data.actie === 'voorbeeld' && !photoError) return seeOther(`${here}voorbeeld/`)
      return seeOther(`${here}?bewaard=1${foto}`)
    },
  })
