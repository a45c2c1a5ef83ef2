import type { Metadata } from 'next'
import { headers } from 'next/headers'
import React from 'react'

import { FormHtml, PartnerFormStyle, SavedNotice } from '../../../../mijn/formHtml/PartnerFormStyle'
import { photoOf } from '../../../../mijn/formHtml/photoUrl'
import { organisationFormHtml } from '../../../../mijn/organisation/organisationFormHtml'
import { ORGANISATION_INTRO } from '../../../../mijn/organisation/organisationRoutes'
import { versionedStateText } from '../../../../mijn/activities/versionedState'
import { organisationValuesOf } from '../../../../mijn/organisation/organisationValues'
import { findOwnOrganisation } from '../../../../mijn/organisation/saveOrganisation'
import { requireMijnSession } from '../../../../mijn/session/requireMijnSession'

export const metadata: Metadata = { title: 'Mijn organisatie · Mijn buurt' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** A partner keeps its organisation's entry current; every save is a draft for the redactie. */
export default async function OrganisationPage({ searchParams }: Props) {
  const session = await requireMijnSession(await headers())
  const org = await findOwnOrganisation(session)
  if (!org) {
    return (
      <>
        <h1>Mijn organisatie</h1>
        <p>Je account is niet gekoppeld aan een organisatie in {session.wijk.name}. Vraag de redactie om dat te doen.</p>
        <p>
          <a href="/mijn/">Terug naar Mijn buurt</a>
        </p>
      </>
    )
  }
  const state = await versionedStateText(session, 'organisations', org)
  return (
    <>
      <PartnerFormStyle />
      <h1>{org.name} aanpassen</h1>
      <SavedNotice search={await searchParams} />
      <p>
        <strong>Jullie gegevens</strong>: {state.text}.{state.liveKept && ' Op de site staat de vorige versie tot de redactie je wijziging plaatst.'}
      </p>
      <p>
        <a href="/mijn/organisatie/voorbeeld/">Bekijk hoe het op de site komt</a> · <a href="/mijn/activiteit/nieuw/">Nieuwe activiteit toevoegen</a>
      </p>
      <p className="lead">{ORGANISATION_INTRO}</p>
      <FormHtml html={organisationFormHtml({ name: org.name, values: organisationValuesOf(org), photo: photoOf(org.contactPerson?.photo, 'thumbnail') })} />
      <p>
        <a href="/mijn/">Terug naar Mijn buurt</a>
      </p>
    </>
  )
}
