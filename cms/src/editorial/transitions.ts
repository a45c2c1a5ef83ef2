import type { Role } from '../access/roles'
import type { EditorialStatus } from '../fields/editorialFields'

/**
 * Who may move resident content from one editorial status to another.
 * Returns a Dutch message for the person when the move is not allowed, else null.
 */
export const editorialTransitionError = (role: Role | undefined, from: EditorialStatus, to: EditorialStatus): string | null => {
  if (role === 'admin' || role === 'editor') return null
  if (from === 'published') return 'Dit stuk is al gepubliceerd. Vraag de redactie om het aan te passen.'
  if (to === 'published') return 'Alleen de redactie kan publiceren. Dien je stuk in, dan kijkt de redactie ernaar.'
  if (to === 'rejected') return 'Alleen de redactie kan een stuk afwijzen.'
  if (to === 'changes-requested' && from !== 'changes-requested') return 'Alleen de redactie kan om aanpassingen vragen.'
  return null
}
