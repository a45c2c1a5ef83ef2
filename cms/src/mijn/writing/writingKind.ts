import type { z } from 'zod'

/** Common to the form values of every kind: the photo's alt text and "remove the photo". */
export type PhotoValues = { photoAlt: string; removePhoto: boolean }

/** One kind of resident writing in Mijn buurt (buurtkrant piece, prikbord post). */
export type WritingKind<Values extends PhotoValues, Doc> = {
  collection: 'articles' | 'posts'
  /** Payload drafts (articles): read and write the newest version. */
  drafts: boolean
  /** Accepts anything a person may type (a concept keeps it); refuses only what no form sends. */
  draftSchema: z.ZodType<Values, unknown>
  /** What "Indienen" needs. */
  submitSchema: z.ZodType
  toData: (values: Values) => Record<string, unknown>
  fromDoc: (doc: Doc, photoAlt: string) => Values
}
