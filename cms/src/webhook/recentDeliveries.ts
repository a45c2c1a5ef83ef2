import type { Payload } from 'payload'

import { type Delivery, type DeliveryJob, deliveryOf } from './deliveryStatus'
import { WEBHOOK_TASK } from './queue'

/** The newest build-webhook deliveries for one wijk, newest first. */
export const recentDeliveries = async (payload: Payload, wijk: string, limit = 5): Promise<Delivery[]> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: WEBHOOK_TASK } }, { 'input.wijk': { equals: wijk } }] },
    sort: '-createdAt',
    limit,
    depth: 0,
    overrideAccess: true,
  })
  return (docs as unknown as DeliveryJob[]).map(deliveryOf)
}
