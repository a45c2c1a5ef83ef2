import type { User } from '../../payload-types'
import { articleKind, type ArticleValues } from '../articles/articleForm'
import { defaultVisibleUntil, postKind, type PostValues } from '../posts/postForm'
import type { PhotoValues, WritingKind } from './writingKind'

/** A kind of writing as Mijn buurt shows it: its address, words and who may write it. */
export type MijnKind<Values extends PhotoValues = PhotoValues> = {
  slug: 'buurtkrant' | 'prikbord'
  collection: 'articles' | 'posts'
  kind: WritingKind<Values, never>
  /** "je stuk" / "je bericht". */
  noun: 'stuk' | 'bericht'
  mayWrite: (user: Pick<User, 'role'>) => boolean
  notAllowed: string
  emptyValues: (user: Pick<User, 'name'>) => Values
}

export const BUURTKRANT: MijnKind<ArticleValues> = {
  slug: 'buurtkrant',
  collection: 'articles',
  kind: articleKind as WritingKind<ArticleValues, never>,
  noun: 'stuk',
  // The buurtkrant is written by residents (the Articles collection's own rule: no partners).
  mayWrite: (user) => user.role === 'writer',
  notAllowed: 'Voor de buurtkrant schrijven bewoners. Met een account van een organisatie kun je wel iets op het prikbord zetten.',
  emptyValues: (user) => ({ title: '', lead: '', body: '', authorName: user.name ?? '', photoAlt: '', removePhoto: false }),
}

export const PRIKBORD: MijnKind<PostValues> = {
  slug: 'prikbord',
  collection: 'posts',
  kind: postKind as WritingKind<PostValues, never>,
  noun: 'bericht',
  mayWrite: (user) => user.role === 'writer' || user.role === 'partner',
  notAllowed: 'Met dit account kun je niets op het prikbord zetten.',
  emptyValues: (user) => ({
    kind: '',
    title: '',
    body: '',
    authorName: (user.name ?? '').split(' ')[0] ?? '',
    visibleUntil: defaultVisibleUntil(),
    photoAlt: '',
    removePhoto: false,
  }),
}

/** Either kind, as the pages and the handler take it. */
export type AnyMijnKind = typeof BUURTKRANT | typeof PRIKBORD

/** The kind's form logic for code that handles either kind alike (the values only pass through). */
export const formLogicOf = (config: AnyMijnKind) => config.kind as unknown as WritingKind<PhotoValues, never>
