import type { CSSProperties } from 'react'

import type { Delivery } from '../../webhook/deliveryStatus'
import { DELIVERY_LABELS, deliveryTitle, formatMoment, TONE_COLOURS } from './labels'

const attemptsText = (attempts: number) => (attempts === 1 ? '1 poging' : `${attempts} pogingen`)

const list: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 }
const item: CSSProperties = { marginBottom: 'calc(var(--base) / 2)' }
const small: CSSProperties = { display: 'block', color: TONE_COLOURS.muted, fontSize: '0.85em', overflowWrap: 'anywhere' }

/** The CMS's own record: which build requests it sent for this wijk, and how that went. */
export const DeliveriesView = ({ deliveries }: { deliveries: Delivery[] }) => {
  if (!deliveries.length) return <p>Nog geen bouwverzoeken verstuurd.</p>
  return (
    <ul style={list}>
      {deliveries.map((delivery) => {
        const trouble = delivery.state === 'retrying' || delivery.state === 'failed'
        return (
          <li key={delivery.id} style={item}>
            {deliveryTitle(delivery.reason, delivery.collection)}
            <span style={small}>
              {formatMoment(delivery.queuedAt)} · <strong style={trouble ? { color: TONE_COLOURS.error } : undefined}>{DELIVERY_LABELS[delivery.state]}</strong>
              {delivery.attempts > 1 ? ` na ${attemptsText(delivery.attempts)}` : ''}
              {trouble && delivery.lastError ? ` · fout: ${delivery.lastError}` : ''}
              {delivery.nextAttemptAt ? ` · volgende poging ${formatMoment(delivery.nextAttemptAt)}` : ''}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
