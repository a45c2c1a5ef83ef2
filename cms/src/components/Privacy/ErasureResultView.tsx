import type { CSSProperties } from 'react'

import { TONE_COLOURS } from '../BuildStatus/labels'
import { type ErasureAnswer, listInDutch, nonzeroCounts, refusedItem } from './privacyLabels'

const section: CSSProperties = { margin: 'var(--base) 0' }

/** What the erasure did, in plain Dutch: deleted, kept without a name, and what the editor may not remove. */
export const ErasureResultView = ({ answer }: { answer: ErasureAnswer }) => {
  const deleted = nonzeroCounts(answer.deleted)
  const anonymised = nonzeroCounts(answer.anonymised)
  return (
    <section aria-labelledby="privacy-result-heading" role="status" style={section}>
      <h3 id="privacy-result-heading">Klaar</h3>
      <p>{answer.message}</p>
      <ul>
        <li>Verwijderd: {deleted.length ? listInDutch(deleted) : 'niets'}.</li>
        <li>Zonder naam bewaard: {anonymised.length ? listInDutch(anonymised) : 'niets'}.</li>
        {answer.refused.length ? (
          <li style={{ color: TONE_COLOURS.error }}>Niet verwijderd (mag jij niet): {listInDutch(answer.refused.map(refusedItem))}.</li>
        ) : null}
      </ul>
    </section>
  )
}
