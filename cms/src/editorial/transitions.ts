import type { Role } from '../access/roles'
import type { EditorialStatus } from '../fields/editorialFields'

/**
 * Who may move resident content from one editorial status to another.
 * Returns a Dutch message for the person when the move is not allowed, else null.
 * `isAuthor`: the person is the writer of the piece (only they withdraw it or take it back).
 */
export const editorialTransitionError = (
  role: Role | undefined,
  from: EditorialStatus,
  to: EditorialStatus,
  { isAuthor = false }: { isAuthor?: boolean } = {},
): string | null => {
  // Withdrawn is the writer's own word: nobody else takes it back, or publishes it, in their place.
  if (from === 'withdrawn' && to !== 'withdrawn' && !isAuthor)
    return 'De schrijver heeft dit stuk ingetrokken. Het kan pas weer verder als de schrijver het opnieuw indient.'
  if (to === 'withdrawn' && from !== 'withdrawn') {
    if (!isAuthor) return 'Alleen de schrijver kan een stuk intrekken. Wijs het af als het niet geplaatst wordt.'
    if (from === 'published') return 'Dit stuk staat al op de site. Vraag de redactie om het weg te halen.'
    return null
  }
  if (role === 'admin' || role === 'editor') return null
  if (from === 'published') return 'Dit stuk is al gepubliceerd. Vraag de redactie om het aan te passen.'
  if (to === 'published') return 'Alleen de redactie kan publiceren. Dien je stuk in, dan kijkt de redactie ernaar.'
  if (to === 'rejected') return 'Alleen de redactie kan een stuk afwijzen.'
  if (to === 'changes-requested' && from !== 'changes-requested') return 'Alleen de redactie kan om aanpassingen vragen.'
  return null
}
