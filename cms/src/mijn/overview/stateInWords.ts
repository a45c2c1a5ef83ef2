/**
 * An item's state as a resident reads it (the contract of issue 16). Articles and posts carry an
 * editorialStatus; events and organisations are Payload drafts, waiting once `submittedAt` is set.
 */
export type ItemState = 'draft' | 'submitted' | 'changes-requested' | 'published' | 'rejected' | 'withdrawn'

export const stateInWords = (
  state: ItemState,
  { editorComment, rejectionReason }: { editorComment?: string | null; rejectionReason?: string | null } = {},
): string => {
  switch (state) {
    case 'draft':
      return 'concept (nog niet ingediend)'
    case 'submitted':
      return 'wacht op de redactie'
    case 'changes-requested':
      return editorComment?.trim() ? `de redactie vraagt: ${editorComment.trim()}` : 'de redactie vraagt je iets aan te passen'
    case 'published':
      return 'staat op de site'
    case 'rejected':
      return rejectionReason?.trim() ? `niet geplaatst: ${rejectionReason.trim()}` : 'niet geplaatst'
    case 'withdrawn':
      return 'ingetrokken'
  }
}

/**
 * The state of a versioned (drafts) document: published, waiting (submitted for review) or a draft.
 * Never "withdrawn": a resident's withdrawn activity proposal is deleted (activities/withdrawActivity.ts).
 */
export const draftState = (doc: { _status?: string | null; submittedAt?: string | null }): ItemState => {
  if (doc._status === 'published') return 'published'
  return doc.submittedAt ? 'submitted' : 'draft'
}

const EDITORIAL: readonly string[] = ['draft', 'submitted', 'changes-requested', 'published', 'rejected', 'withdrawn']

export const editorialState = (status: string | null | undefined): ItemState => (EDITORIAL.includes(status ?? '') ? (status as ItemState) : 'draft')
