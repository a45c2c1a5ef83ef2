import type { AdminViewServerProps } from 'payload'
import type { CSSProperties } from 'react'

import { isEditorRole, roleOf } from '../../access/roles'
import { QUEUE_DECISIONS, type QueueDecision } from '../../redactie/decisionSchema'
import { KIND_LABELS, waitedInWords } from '../../redactie/reviewKinds'
import { waitingItems, type WaitingItem } from '../../redactie/waitingItems'
import { EditorOnlyPage } from './EditorOnlyPage'
import { wijkenOfUser } from './wijkenOfUser'

const DONE: Record<QueueDecision, string> = {
  approve: 'is geplaatst. De schrijver krijgt een e-mail; over een paar minuten staat het op de site.',
  changes: 'is teruggestuurd met je vraag om aan te passen. De schrijver krijgt een e-mail.',
  reject: 'is afgewezen. De schrijver krijgt een e-mail met de reden.',
}

const BUTTONS: Record<QueueDecision, { label: string; style: CSSProperties }> = {
  approve: { label: 'Plaatsen', style: { background: 'var(--theme-success-750, #1e6b30)', color: '#fff', borderColor: 'var(--theme-success-750, #1e6b30)' } },
  changes: {
    label: 'Vraag om aanpassing',
    style: { background: 'var(--theme-elevation-0)', color: 'var(--theme-text)', borderColor: 'var(--theme-elevation-800)' },
  },
  reject: {
    label: 'Afwijzen',
    style: { background: 'var(--theme-elevation-0)', color: 'var(--theme-error-750, #9b1c1c)', borderColor: 'var(--theme-error-750, #9b1c1c)' },
  },
}

const DATE = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' })

const card: CSSProperties = {
  border: '2px solid var(--theme-elevation-400)',
  borderRadius: '6px',
  padding: 'calc(var(--base) * 1)',
  marginBottom: 'var(--base)',
  maxWidth: '48rem',
  background: 'var(--theme-elevation-0)',
}
const button: CSSProperties = {
  minHeight: '48px',
  padding: '0 1.25rem',
  fontSize: '1rem',
  fontWeight: 600,
  borderRadius: '4px',
  border: '2px solid',
  cursor: 'pointer',
}
const textarea: CSSProperties = {
  width: '100%',
  minHeight: '5rem',
  fontSize: '1rem',
  padding: '0.5rem',
  border: '2px solid var(--theme-elevation-500)',
  borderRadius: '4px',
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  color: 'var(--theme-text)',
}

const Item = ({ item, action, now }: { item: WaitingItem; action: string; now: Date }) => {
  const key = `${item.collection}-${item.id}`
  return (
    <li style={card} data-testid="wachtrij-item">
      <p style={{ margin: 0, fontSize: '0.95rem' }}>
        <strong>{KIND_LABELS[item.collection]}</strong> · {item.wijkName}
      </p>
      <h2 style={{ margin: '0.25rem 0', fontSize: '1.4rem' }}>
        <a href={item.adminUrl}>{item.title}</a>
      </h2>
      <p style={{ margin: '0 0 0.75rem' }}>
        {item.who ? `Van ${item.who}. ` : ''}
        <strong>{waitedInWords(item.submittedAt, now)}</strong> (ingediend {DATE.format(new Date(item.submittedAt))}).
      </p>
      <form method="post" action={action}>
        <input type="hidden" name="collection" value={item.collection} />
        <input type="hidden" name="id" value={String(item.id)} />
        <label htmlFor={`message-${key}`} style={{ display: 'block', fontWeight: 600, marginBottom: '0.25rem' }}>
          Opmerking of reden (nodig bij aanpassen en afwijzen)
        </label>
        <textarea id={`message-${key}`} name="message" maxLength={2000} style={textarea} />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', marginTop: '0.75rem' }}>
          {QUEUE_DECISIONS.map((decision) => (
            <button key={decision} type="submit" name="decision" value={decision} style={{ ...button, ...BUTTONS[decision].style }}>
              {BUTTONS[decision].label}
            </button>
          ))}
        </div>
      </form>
    </li>
  )
}

/**
 * /admin/wachtrij: everything that waits for the redactie in the wijken the editor sees (an admin:
 * every wijk), oldest first, with how long it has waited, and per item approve, ask for changes or
 * reject. Each is a plain HTML form post to /api/redactie/besluit (works without JavaScript), which
 * answers with a 303 back here.
 */
export const WachtrijView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const allowed = isEditorRole(roleOf(req))
  const now = new Date()
  const wijken = allowed ? await wijkenOfUser(req.payload, req.user) : []
  const items = allowed ? await waitingItems(req.payload, { wijkIds: wijken.map((wijk) => wijk.id), user: req.user, now }) : []
  const decided = QUEUE_DECISIONS.find((decision) => decision === searchParams?.besluit)
  const decidedTitle = typeof searchParams?.titel === 'string' ? searchParams.titel : ''
  const action = `${req.payload.config.routes.api}/redactie/besluit`
  return (
    <EditorOnlyPage initPageResult={initPageResult} params={params} searchParams={searchParams} title="Wachtrij van de redactie" allowed={allowed}>
      {decided && (
        <p role="status" style={{ ...card, borderColor: 'var(--theme-success-500, #2e7d32)', fontSize: '1.1rem' }}>
          &quot;{decidedTitle}&quot; {DONE[decided]}
        </p>
      )}
      <p style={{ maxWidth: '48rem', fontSize: '1.05rem', margin: '0 0 var(--base)' }}>
        Wat bewoners en partners hebben ingediend in {wijken.map((wijk) => wijk.name).join(', ') || 'je wijken'}, het oudste bovenaan. Kies per stuk: plaatsen,
        om een aanpassing vragen of afwijzen. Bij aanpassen en afwijzen schrijf je kort waarom; dat lezen ze in de e-mail die ze krijgen.
      </p>
      {items.length === 0 ? (
        <p style={{ fontSize: '1.1rem', fontWeight: 600 }}>Er wacht niets. Alles is bekeken.</p>
      ) : (
        <>
          <p style={{ fontSize: '1.1rem', fontWeight: 600, margin: '0 0 calc(var(--base) / 2)' }}>
            {items.length === 1 ? 'Er wacht 1 stuk.' : `Er wachten ${items.length} stukken.`}
          </p>
          <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((item) => (
              <Item key={`${item.collection}-${item.id}`} item={item} action={action} now={now} />
            ))}
          </ol>
        </>
      )}
    </EditorOnlyPage>
  )
}
