import { z } from 'zod'

import type { Article } from '../../payload-types'
import { text } from '../../public/formFields'
import { draftText } from '../writing/draftText'
import { ALT_MAX } from '../photos/photo'
import { plainTextOf, richTextOf } from '../text/plainParagraphs'
import type { WritingKind } from '../writing/writingKind'

export const ARTICLE_LIMITS = { title: 120, lead: 300, body: 10_000, authorName: 80 } as const

/** What the buurtkrant form holds: the words as typed. */
export type ArticleValues = { title: string; lead: string; body: string; authorName: string; photoAlt: string; removePhoto: boolean }

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean())

const draftSchema = z.object({
  title: draftText(ARTICLE_LIMITS.title),
  lead: draftText(ARTICLE_LIMITS.lead),
  body: draftText(ARTICLE_LIMITS.body),
  authorName: draftText(ARTICLE_LIMITS.authorName),
  photoAlt: draftText(ALT_MAX),
  removePhoto: checkbox,
})

/** What "Indienen" needs, each message saying what to do. */
const submitSchema = z.object({
  title: text({ required: 'Geef je stuk een titel.', max: ARTICLE_LIMITS.title, tooLong: `Maak de titel korter: hoogstens ${ARTICLE_LIMITS.title} tekens.` }),
  lead: text({
    required: 'Schrijf in een of twee zinnen waar je stuk over gaat.',
    max: ARTICLE_LIMITS.lead,
    tooLong: `Maak de inleiding korter: hoogstens ${ARTICLE_LIMITS.lead} tekens.`,
  }),
  body: text({ required: 'Schrijf je verhaal.', max: ARTICLE_LIMITS.body, tooLong: `Maak je verhaal korter: hoogstens ${ARTICLE_LIMITS.body} tekens.` }),
  authorName: text({
    required: 'Vul de naam in die onder je stuk komt.',
    max: ARTICLE_LIMITS.authorName,
    tooLong: `Maak de naam korter: hoogstens ${ARTICLE_LIMITS.authorName} tekens.`,
  }),
})

/** The buurtkrant piece in Mijn buurt: plain text in the form, Lexical rich text in the CMS. */
export const articleKind: WritingKind<ArticleValues, Article> = {
  collection: 'articles',
  drafts: true,
  draftSchema,
  submitSchema,
  toData: (values) => ({ title: values.title, lead: values.lead, body: richTextOf(values.body), authorName: values.authorName }),
  fromDoc: (doc, alt) => ({
    title: doc.title ?? '',
    lead: doc.lead ?? '',
    body: plainTextOf(doc.body),
    authorName: doc.authorName ?? '',
    photoAlt: alt,
    removePhoto: false,
  }),
}
