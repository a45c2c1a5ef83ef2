import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import React from 'react'

import { ActivityPreview } from '../../../../../../mijn/activities/ActivityPreview'
import { findOwnActivity } from '../../../../../../mijn/activities/findOwnActivity'
import { asActor, idOfRef } from '../../../../../../mijn/activities/mijnActor'
import { PartnerFormStyle } from '../../../../../../mijn/formHtml/PartnerFormStyle'
import { requireMijnSession } from '../../../../../../mijn/session/requireMijnSession'

export const metadata: Metadata = { title: 'Voorbeeld · Mijn buurt' }

/** The latest draft as the agenda page of the site would show it, with the way back and "Indienen". */
export default async function ActivityPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireMijnSession(await headers())
  const event = await findOwnActivity(session, (await params).id)
  if (!event) notFound()
  const hostId = idOfRef(event.organisation)
  const host =
    hostId === undefined ? null : await session.payload.findByID({ collection: 'organisations', id: hostId, depth: 0, ...asActor(session) }).catch(() => null)
  return (
    <>
      <PartnerFormStyle />
      <div className="mijn-voorbeeld">
        <p className="voorbeeld-band">
          <strong>Voorbeeld.</strong> Zo komt je activiteit in de agenda van {session.wijk.name} als de redactie hem plaatst. Nog niet op de site.
        </p>
      </div>
      <ActivityPreview event={event} host={host} />
      <div className="knoppen">
        <form method="post" action={`/mijn/activiteit/${event.id}/indienen`}>
          <button type="submit" className="knop knop-hoofd">
            Indienen
          </button>
        </form>
        <a className="knop knop-tweede" href={`/mijn/activiteit/${event.id}/`}>
          Verder aanpassen
        </a>
      </div>
    </>
  )
}
