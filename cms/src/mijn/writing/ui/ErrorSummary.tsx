import React from 'react'

const FIELD_IDS: Record<string, string> = { photo: 'foto' }

/** After a check: what to do, each line a link to its field (the same words stand next to the field). */
export const ErrorSummary = ({ errors, intro }: { errors: Record<string, string>; intro: string }) => {
  const entries = Object.entries(errors)
  if (!entries.length) return null
  return (
    <div className="notice notice--error" role="alert" aria-labelledby="fouten-titel">
      <p id="fouten-titel">
        <strong>{intro}</strong>
      </p>
      <ul className="error-list">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${FIELD_IDS[field] ?? field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
