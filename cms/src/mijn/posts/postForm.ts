import { addAmsterdamDays, amsterdamDateKey, fromAmsterdamWallTime } from '@wijk/shared/time'
import { z } from 'zod'

import type { Post } from '../../payload-types'
import { text } from '../../public/formFields'
import { draftText } from '../writing/draftText'
import { ALT_MAX } from '../photos/photo'
import type { WritingKind } from '../writing/writingKind'

export const POST_LIMITS = { title: 100, body: 1000, authorName: 80 } as const
/** A post may stay on the prikbord for up to three months; four weeks unless the poster chooses. */
export const POST_MAX_DAYS = 92
const POST_DEFAULT_DAYS = 28

export type PostValues = {
  kind: string
  title: string
  body: string
  authorName: string
  /** "Zichtbaar tot": a date as a date field sends it (2026-12-31), empty for the default. */
  visibleUntil: string
  photoAlt: string
  removePhoto: boolean
}

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean())

const draftSchema = z.object({
  kind: z.preprocess((v) => (v === undefined || v === null ? '' : v), z.enum(['', 'vraag', 'aanbod'], { error: 'Kies vraag of aanbod.' })),
  title: draftText(POST_LIMITS.title),
  body: draftText(POST_LIMITS.body),
  authorName: draftText(POST_LIMITS.authorName),
  visibleUntil: draftText(10),
  photoAlt: draftText(ALT_MAX),
  removePhoto: checkbox,
})

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The end of that day in Amsterdam ("tot en met"), or null when it is not a real date. */
export const endOfDay = (value: string): Date | null => {
  const m = DATE.exec(value)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return fromAmsterdamWallTime({ year, month, day, hour: 23, minute: 59, second: 0 })
}

const visibleUntilRule = z.string().superRefine((value, ctx) => {
  if (!value) return
  const date = endOfDay(value)
  if (!date) return void ctx.addIssue({ code: 'custom', message: 'Vul een datum in, bijvoorbeeld 31-12-2026.' })
  if (date.getTime() <= Date.now()) ctx.addIssue({ code: 'custom', message: 'Kies een datum na vandaag.' })
  else if (date.getTime() > addAmsterdamDays(new Date(), POST_MAX_DAYS).getTime())
    ctx.addIssue({ code: 'custom', message: 'Kies een datum binnen drie maanden. Daarna kun je het bericht opnieuw plaatsen.' })
})

const submitSchema = z.object({
  kind: z.enum(['vraag', 'aanbod'], { error: 'Kies of je iets zoekt (vraag) of iets aanbiedt (aanbod).' }),
  title: text({ required: 'Geef je bericht een titel.', max: POST_LIMITS.title, tooLong: `Maak de titel korter: hoogstens ${POST_LIMITS.title} tekens.` }),
  body: text({
    required: 'Schrijf wat je zoekt of aanbiedt.',
    max: POST_LIMITS.body,
    tooLong: `Maak je bericht korter: hoogstens ${POST_LIMITS.body} tekens.`,
  }),
  authorName: text({ required: 'Vul de naam in die op het prikbord komt.', max: POST_LIMITS.authorName }),
  visibleUntil: visibleUntilRule,
})

/** A prikbord vraag or aanbod in Mijn buurt. */
export const postKind: WritingKind<PostValues, Post> = {
  collection: 'posts',
  drafts: false,
  draftSchema,
  submitSchema,
  // A date that is not (yet) right is not stored; the stored one (or the default four weeks) stays.
  toData: (values) => {
    const until = endOfDay(values.visibleUntil)
    return {
      kind: values.kind || null,
      title: values.title,
      body: values.body,
      authorName: values.authorName,
      ...(until && until.getTime() > Date.now() ? { expiresAt: until.toISOString() } : {}),
    }
  },
  fromDoc: (doc, alt) => ({
    kind: doc.kind ?? '',
    title: doc.title ?? '',
    body: doc.body ?? '',
    authorName: doc.authorName ?? '',
    visibleUntil: doc.expiresAt ? amsterdamDateKey(new Date(doc.expiresAt)) : '',
    photoAlt: alt,
    removePhoto: false,
  }),
}

/** The date "Zichtbaar tot" shows for a new post. */
export const defaultVisibleUntil = (now = new Date()) => amsterdamDateKey(addAmsterdamDays(now, POST_DEFAULT_DAYS))
