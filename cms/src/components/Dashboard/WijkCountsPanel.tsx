import type { ServerProps } from 'payload'
import type { CSSProperties } from 'react'

import { isEditorRole, roleOf } from '../../access/roles'
import { durationInWords, wijkCounts, type WijkCounts } from '../../dashboard/wijkCounts'
import { wijkenOfUser } from '../Redactie/wijkenOfUser'

const section: CSSProperties = { marginBottom: 'calc(var(--base) * 2)', maxWidth: '56rem' }
const cell: CSSProperties = { padding: '0.4rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-300)', textAlign: 'left' }
const number: CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }

const Goal = ({ label, value, target, id }: { label: string; value: number; target: number; id: string }) => (
  <div style={{ flex: '1 1 16rem' }}>
    <label htmlFor={id} style={{ display: 'block', fontSize: '1.05rem' }}>
      {label}: <strong>{value}</strong> van de {target} ({Math.min(100, Math.round((value / target) * 100))}%)
    </label>
    <progress
      id={id}
      value={Math.min(value, target)}
      max={target}
      style={{ width: '100%', height: '1.25rem', accentColor: 'var(--theme-success-500, #2e7d32)' }}
    />
  </div>
)

const Counts = ({ id, name, counts }: { id: string; name: string; counts: WijkCounts }) => (
  <section aria-labelledby={`counts-${id}`} style={section} data-testid="wijk-counts">
    <h2 id={`counts-${id}`} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
      {name}: hoe staan we ervoor?
    </h2>
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', marginBottom: 'var(--base)' }}>
      <Goal id={`residents-${id}`} label="Accounts van bewoners" value={counts.accounts.residents} target={counts.accounts.residentTarget} />
      <Goal id={`partners-${id}`} label="Accounts van partners" value={counts.accounts.partners} target={counts.accounts.partnerTarget} />
    </div>
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) * 2)' }}>
      <table style={{ borderCollapse: 'collapse', flex: '1 1 24rem' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: '0.25rem' }}>Per week</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Week
            </th>
            <th scope="col" style={number}>
              Ingediend
            </th>
            <th scope="col" style={number}>
              Geplaatst
            </th>
            {counts.reactionsCounted && (
              <th scope="col" style={number}>
                Reacties prikbord
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {counts.weeks.map((week) => (
            <tr key={week.key}>
              <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                {week.label}
              </th>
              <td style={number}>{week.submitted}</td>
              <td style={number}>{week.published}</td>
              {counts.reactionsCounted && <td style={number}>{week.reactions}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <table style={{ borderCollapse: 'collapse', flex: '1 1 16rem' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: '0.25rem' }}>Aanvragen per maand</caption>
        <tbody>
          {counts.months.map((month) => (
            <tr key={month.key}>
              <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                {month.label}
              </th>
              <td style={number}>{month.requests}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    <p style={{ marginTop: 'var(--base)', fontSize: '1.05rem' }}>
      {counts.medianWait
        ? `Van indienen tot besluit duurt het meestal ${durationInWords(counts.medianWait.hours)} (de mediaan van ${counts.medianWait.decisions} ${counts.medianWait.decisions === 1 ? 'besluit' : 'besluiten'} in de laatste 90 dagen).`
        : 'De redactie heeft de laatste 90 dagen nog niets besloten, dus er is nog geen wachttijd te meten.'}
    </p>
    {!counts.reactionsCounted && <p style={{ fontSize: '0.95rem' }}>Reacties op het prikbord worden geteld zodra bewoners kunnen reageren.</p>}
  </section>
)

/**
 * On the dashboard, for the redactie and admins: each wijk's counts against the goals (50 resident and
 * 15 partner accounts), per week what was submitted and published (and prikbord reactions), aanvragen
 * per month, and how long the redactie usually takes. Nothing about site visitors.
 */
export const WijkCountsPanel = async ({ user, payload }: ServerProps) => {
  if (!isEditorRole(roleOf({ user } as never))) return null
  const now = new Date()
  const wijken = await wijkenOfUser(payload, user)
  const all = await Promise.all(wijken.map(async (wijk) => ({ ...wijk, counts: await wijkCounts(payload, wijk.id, now) })))
  return (
    <div>
      {all.map((wijk) => (
        <Counts key={String(wijk.id)} id={String(wijk.id)} name={wijk.name} counts={wijk.counts} />
      ))}
    </div>
  )
}
