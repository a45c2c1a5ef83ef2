'use client'

import { Button } from '@payloadcms/ui'
import { type CSSProperties, useEffect, useState } from 'react'

import { countOf, downloadName, PRIVACY_PARTS, type PrivacyExport } from './privacyLabels'

const section: CSSProperties = { margin: 'var(--base) 0' }

/** How much was found for the address, the JSON as a download, and the way to erasure. */
export const ExportSummary = ({ data, text, onErase }: { data: PrivacyExport; text: string; onErase: () => void }) => {
  const [href, setHref] = useState<string | null>(null)

  // The download is the exact answer of the endpoint, kept in the browser: no second export request.
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
    setHref(url)
    return () => URL.revokeObjectURL(url)
  }, [text])

  const total = PRIVACY_PARTS.reduce((sum, part) => sum + (data[part]?.length ?? 0), 0)
  return (
    <section aria-labelledby="privacy-found-heading" style={section}>
      <h3 id="privacy-found-heading">Gevonden voor {data.email}</h3>
      {total === 0 ? (
        <p>Er staat niets over dit e-mailadres in het CMS (in de wijken waar jij redactie bent).</p>
      ) : (
        <ul>
          {PRIVACY_PARTS.map((part) => (
            <li key={part}>{countOf(part, data[part]?.length ?? 0)}</li>
          ))}
        </ul>
      )}
      {href ? (
        <p>
          <a download={downloadName(data.email)} href={href}>
            Download alle gegevens (JSON)
          </a>
        </p>
      ) : null}
      {total > 0 ? (
        <Button buttonStyle="error" onClick={onErase} type="button">
          Verwijder alles
        </Button>
      ) : null}
    </section>
  )
}
