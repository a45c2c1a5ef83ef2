'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

/** "Nu opnieuw bouwen": asks the CMS to send a manual build webhook for this wijk. */
export const RebuildButton = ({
  endpoint,
  message,
  onQueued,
  onMessage,
}: {
  endpoint: string
  message: string | null
  onQueued: () => void
  onMessage: (message: string) => void
}) => {
  const [busy, setBusy] = useState(false)

  const rebuild = async () => {
    setBusy(true)
    try {
      const response = await fetch(endpoint, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { message?: string }
      onMessage(body.message ?? (response.ok ? 'De site wordt opnieuw gebouwd.' : `Dat lukte niet (HTTP ${response.status}).`))
      if (response.ok) onQueued()
    } catch {
      onMessage('Het CMS is niet bereikbaar. Probeer het later nog eens.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div>
      <Button buttonStyle="secondary" disabled={busy} onClick={rebuild} type="button">
        {busy ? 'Bezig…' : 'Nu opnieuw bouwen'}
      </Button>
      <p aria-live="polite" role="status">
        {message}
      </p>
    </div>
  )
}
