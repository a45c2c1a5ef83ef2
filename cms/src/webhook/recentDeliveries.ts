import type { Payload, Where } from 'payload'

import { WEBHOOK_TASK } from '../jobs/queues'
import { type Delivery, type DeliveryJob, deliveryOf } from './deliveryStatus'

/** How many deliveries a wijk's edit view shows; the retention pass never removes these. */
export const RECENT_DELIVERIES = 5

/** Every build-webhook job of one wijk. */
const deliveriesOfWijk = (wijk: string): Where => ({ and: [{ taskSlug: { equals: WEBHOOK_TASK } }, { 'input.wijk': { equals: wijk } }] })

/** The newest build-webhook jobs for one wijk, newest first (whatever their state). */
export const recentDeliveryJobs = async (payload: Payload, wijk: string, limit = RECENT_DELIVERIES): Promise<DeliveryJob[]> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: deliveriesOfWijk(wijk),
    // The id breaks ties between jobs queued in the same millisecond, so the view and the retention pass agree.
    sort: ['-createdAt', '-id'],
    limit,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as DeliveryJob[]
}

/** The newest build-webhook deliveries for one wijk, newest first. */
export const recentDeliveries = async (payload: Payload, wijk: string, limit = RECENT_DELIVERIES): Promise<Delivery[]> =>
  (await recentDeliveryJobs(payload, wijk, limit)).map(deliveryOf)
