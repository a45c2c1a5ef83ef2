'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import type { BuilderStatus } from '../../webhook/builderStatus'
import { fetchBuilderStatus } from '../../webhook/builderStatus'
import type { Delivery } from '../../webhook/deliveryStatus'
import { recentDeliveries } from '../../webhook/recentDeliveries'

export type BuildStatusData = { status: BuilderStatus; deliveries: Delivery[] }

/** The sidebar's data, read again from the browser while a build runs (no page refresh: that would drop unsaved edits). */
export const loadBuildStatus = async (wijkId: string): Promise<BuildStatusData | null> => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return null
  const wijk = await payload.findByID({ collection: 'wijken', id: wijkId, depth: 0, user, overrideAccess: false, disableErrors: true })
  if (!wijk) return null
  const [status, deliveries] = await Promise.all([fetchBuilderStatus(wijk.slug), recentDeliveries(payload, wijk.slug)])
  return { status, deliveries }
}
