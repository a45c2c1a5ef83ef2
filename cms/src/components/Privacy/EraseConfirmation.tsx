'use client'

import { Button } from '@payloadcms/ui'
import type { CSSProperties } from 'react'

import { TONE_COLOURS } from '../BuildStatus/labels'
import { erasurePlan, listInDutch, type PrivacyExport } from './privacyLabels'

const box: CSSProperties = {
  margin: 'var(--base) 0',
  padding: 'var(--base)',
  border: `2px solid ${TONE_COLOURS.error}`,
  borderRadius: 'var(--style-radius-m)',
}
const buttons: CSSProperties = { display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap' }

/** The second step before an erasure: exactly what goes, what stays without a name, and that it is final. */
export const EraseConfirmation = ({ data, busy, onConfirm, onCancel }: { data: PrivacyExport; busy: boolean; onConfirm: () => void; onCancel: () => void }) => {
  const plan = erasurePlan(data)
  return (
    <section aria-labelledby="privacy-confirm-heading" role="alertdialog" style={box}>
      <h3 id="privacy-confirm-heading">Weet je het zeker?</h3>
      {plan.deleted.length ? <p>Dit wordt verwijderd: {listInDutch(plan.deleted)}.</p> : null}
      {plan.anonymised.length ? (
        <p>
          Dit blijft staan, maar zonder naam: {listInDutch(plan.anonymised)}. Gepubliceerde prikbordberichten worden ook gesloten en verdwijnen bij de volgende
          bouw van de site.
        </p>
      ) : null}
      <p>
        <strong>Dit kun je niet ongedaan maken.</strong> Download eerst de gegevens als de bewoner daarom vroeg.
      </p>
      <div style={buttons}>
        <Button buttonStyle="error" disabled={busy} onClick={onConfirm} type="button">
          {busy ? 'Bezig…' : 'Ja, verwijder alles'}
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={onCancel} type="button">
          Annuleren
        </Button>
      </div>
    </section>
  )
}
