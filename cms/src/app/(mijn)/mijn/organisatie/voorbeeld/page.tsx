import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import React from 'react'

import { PartnerFormStyle } from '../../../../../mijn/formHtml/PartnerFormStyle'
import { OrganisationPreview } from '../../../../../mijn/organisation/OrganisationPreview'
import { findOwnOrganisation } from '../../../../../mijn/organisation/saveOrganisation'
import { requireMijnSession } from '../../../../../mijn/session/requireMijnSession'

export const metadata: Metadata = { title: 'Voorbeeld · Mijn buurt' }

/** The organisation's latest draft as its page on the site would show it. */
export default async function OrganisationPreviewPage() {
  const session = await requireMijnSession(await headers())
  const org = await findOwnOrganisation(session)
  if (!org) notFound()
  return (
    <>
      <PartnerFormStyle />
      <div className="mijn-voorbeeld">
        <p className="voorbeeld-band">
          <strong>Voorbeeld.</strong> Zo komt {org.name} op de site van {session.wijk.name} als de redactie je wijzigingen plaatst.
        </p>
      </div>
      <OrganisationPreview org={org} />
      <div className="knoppen">
        <form method="post" action="/mijn/organisatie/indienen">
          <button type="submit" className="knop knop-hoofd">
            Indienen
          </button>
        </form>
        <a className="knop knop-tweede" href="/mijn/organisatie/">
          Verder aanpassen
        </a>
      </div>
    </>
  )
}
