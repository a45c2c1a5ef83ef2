import React from 'react'

/** A message at the top of a page: an error (role=alert) or good news (role=status). */
export const Notice = ({ kind, lines }: { kind: 'error' | 'ok'; lines: readonly string[] }) => (
  <div className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
    {lines.map((line) => (
      <p key={line}>{line}</p>
    ))}
  </div>
)
