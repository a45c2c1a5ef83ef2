import type { Metadata } from 'next'
import { headers } from 'next/headers'
import React from 'react'

import { activityFormHtml } from '../../../../../mijn/activities/activityFormHtml'
import { activityPageProps } from '../../../../../mijn/activities/activityPageProps'
import { mayOrganise } from '../../../../../mijn/activities/saveActivity'
import { FormHtml, PartnerFormStyle } from '../../../../../mijn/formHtml/PartnerFormStyle'
import { requireMijnSession } from '../../../../../mijn/session/requireMijnSession'

export const metadata: Metadata = { title: 'Ik organiseer iets · Mijn buurt' }

/** "Ik organiseer iets" (a resident) or "Nieuwe activiteit" (a partner): an empty form. */
export default async function NewActivityPage() {
  const session = await requireMijnSession(await headers())
  if (!mayOrganise(session)) {
    return (
      <>
        <h1>Ik organiseer iets</h1>
        <p>Je account is nog niet gekoppeld aan een organisatie. Vraag de redactie om dat te doen.</p>
        <p>
          <a href="/mijn/">Terug naar Mijn buurt</a>
        </p>
      </>
    )
  }
  const props = await activityPageProps(session, null)
  return (
    <>
      <PartnerFormStyle />
      <h1>{props.title}</h1>
      <p className="lead">{props.intro}</p>
      <FormHtml html={activityFormHtml(props.form)} />
      <p>
        <a href="/mijn/">Terug naar Mijn buurt</a>
      </p>
    </>
  )
}
