'use client'

import { Button } from '@payloadcms/ui'
import { type CSSProperties, type FormEvent, useEffect, useState } from 'react'

import { TONE_COLOURS } from '../BuildStatus/labels'
import { ErasureResultView } from './ErasureResultView'
import { EraseConfirmation } from './EraseConfirmation'
import type { ErasureAnswer, PrivacyExport } from './privacyLabels'
import { ExportSummary } from './ExportSummary'

const field: CSSProperties = { maxWidth: '30rem', marginBottom: 'var(--base)' }
const input: CSSProperties = { width: '100%' }

type Step =
  | { kind: 'start' }
  | { kind: 'found'; data: PrivacyExport; text: string }
  | { kind: 'confirm'; data: PrivacyExport; text: string }
  | { kind: 'erased'; answer: ErasureAnswer }

const messageOf = async (response: Response, fallback: string) => {
  const body = (await response.json().catch(() => ({}))) as { message?: string }
  return body.message ?? `${fallback} (HTTP ${response.status})`
}

/**
 * The editor's privacy tool: look up one address (export as JSON), then erase it after a
 * confirmation that says what goes and what stays. It calls the privacy endpoint with the
 * editor's own login cookie, so the endpoint's access rules and audit log apply.
 */
export const PrivacyTool = ({ endpoint }: { endpoint: string }) => {
  const [email, setEmail] = useState('')
  const [step, setStep] = useState<Step>({ kind: 'start' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // A new address means a new lookup: never erase what was looked up for another address.
  useEffect(() => setStep({ kind: 'start' }), [email])

  const call = async (method: 'GET' | 'DELETE', fallback: string, onOk: (response: Response) => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${endpoint}/${encodeURIComponent(email.trim())}`, { method, credentials: 'include' })
      if (response.ok) await onOk(response)
      else setError(await messageOf(response, fallback))
    } catch {
      setError('Het CMS is niet bereikbaar. Probeer het later nog eens.')
    } finally {
      setBusy(false)
    }
  }

  const lookUp = (event: FormEvent) => {
    event.preventDefault()
    void call('GET', 'Opvragen lukte niet', async (response) => {
      const text = await response.text()
      setStep({ kind: 'found', data: JSON.parse(text) as PrivacyExport, text })
    })
  }

  const erase = () =>
    call('DELETE', 'Verwijderen lukte niet', async (response) => {
      setStep({ kind: 'erased', answer: (await response.json()) as ErasureAnswer })
    })

  return (
    <div>
      <form onSubmit={lookUp}>
        <div className="field-type text" style={field}>
          <label className="field-label" htmlFor="privacy-email">
            E-mailadres
          </label>
          <div className="field-type__wrap">
            <input
              autoComplete="off"
              id="privacy-email"
              name="email"
              onChange={(event) => setEmail(event.target.value)}
              required
              style={input}
              type="email"
              value={email}
            />
          </div>
        </div>
        <Button disabled={busy || !email.trim()} type="submit">
          {busy && step.kind === 'start' ? 'Bezig…' : 'Bekijk en download'}
        </Button>
      </form>
      <p aria-live="polite" role="status" style={{ color: TONE_COLOURS.error }}>
        {error}
      </p>
      {step.kind === 'found' ? <ExportSummary data={step.data} onErase={() => setStep({ ...step, kind: 'confirm' })} text={step.text} /> : null}
      {step.kind === 'confirm' ? (
        <EraseConfirmation busy={busy} data={step.data} onCancel={() => setStep({ ...step, kind: 'found' })} onConfirm={erase} />
      ) : null}
      {step.kind === 'erased' ? <ErasureResultView answer={step.answer} /> : null}
    </div>
  )
}
