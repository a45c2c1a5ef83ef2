import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import React from 'react'

import { activityFormHtml } from '../../../../../mijn/activities/activityFormHtml'
import { activityPageProps } from '../../../../../mijn/activities/activityPageProps'
import { versionedStateText } from '../../../../../mijn/activities/versionedState'
import { mayWithdrawActivity } from '../../../../../mijn/activities/withdrawActivity'
import { WithdrawProposalForm } from '../../../../../mijn/activities/WithdrawProposalForm'
import { findOwnActivity } from '../../../../../mijn/activities/findOwnActivity'
import { FormHtml, PartnerFormStyle, SavedNotice } from '../../../../../mijn/formHtml/PartnerFormStyle'
import { requireMijnSession } from '../../../../../mijn/session/requireMijnSession'

export const metadata: Metadata = { title: 'Activiteit · Mijn buurt' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** One's own activity (a resident's proposal or the partner's organisation's), its state and the form. */
export default async function ActivityPage({ params, searchParams }: Props) {
  const session = await requireMijnSession(await headers())
  const event = await findOwnActivity(session, (await params).id)
  if (!event) notFound()
  const [props, state, withdrawable] = await Promise.all([
    activityPageProps(session, event),
    versionedStateText(session, 'events', event),
    mayWithdrawActivity(session, event),
  ])
  return (
    <>
      <PartnerFormStyle />
      <h1>{props.title}</h1>
      <SavedNotice search={await searchParams} />
      <p>
        <strong>{event.title || '(nog zonder titel)'}</strong>: {state.text}.
        {state.liveKept && ' Op de site staat de vorige versie tot de redactie je wijziging plaatst.'}
      </p>
      <p>
        <a href={`/mijn/activiteit/${event.id}/voorbeeld/`}>Bekijk hoe het op de site komt</a>
      </p>
      <p className="lead">{props.intro}</p>
      <FormHtml html={activityFormHtml(props.form)} />
      {withdrawable && <WithdrawProposalForm id={event.id} />}
      <p>
        <a href="/mijn/">Terug naar Mijn buurt</a>
      </p>
    </>
  )
}
