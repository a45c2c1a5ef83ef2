import type { Delivery } from '../../webhook/deliveryStatus'
import { DELIVERY_LABELS, formatMoment, REASON_LABELS } from './labels'

const attemptsText = (attempts: number) => (attempts === 1 ? '1 poging' : `${attempts} pogingen`)

/** The CMS's own record: which build requests it sent for this wijk, and how that went. */
export const DeliveriesView = ({ deliveries }: { deliveries: Delivery[] }) => {
  if (!deliveries.length) return <p>Nog geen bouwverzoeken verstuurd.</p>
  return (
    <ul>
      {deliveries.map((delivery) => (
        <li key={delivery.id}>
          {formatMoment(delivery.queuedAt)} · {REASON_LABELS[delivery.reason] ?? delivery.reason} ({delivery.collection}) ·{' '}
          <strong>{DELIVERY_LABELS[delivery.state]}</strong>
          {delivery.attempts > 1 ? ` na ${attemptsText(delivery.attempts)}` : ''}
          {delivery.state !== 'delivered' && delivery.lastError ? ` · fout: ${delivery.lastError}` : ''}
          {delivery.nextAttemptAt ? ` · volgende poging ${formatMoment(delivery.nextAttemptAt)}` : ''}
        </li>
      ))}
    </ul>
  )
}
