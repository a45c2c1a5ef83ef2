import type { Metadata } from 'next'
import { headers } from 'next/headers'
import React from 'react'

import { myItems } from '../../../mijn/overview/myItems'
import { requireMijnSession } from '../../../mijn/session/requireMijnSession'
import { Icon, type IconName } from '../../../mijn/ui/Icon'
import { MyItemsList } from '../../../mijn/ui/MyItemsList'
import { Notice } from '../../../mijn/ui/Notice'

export const metadata: Metadata = { title: 'Mijn buurt' }

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name

type Action = { href: string; icon: IconName; label: string; hint: string }

const RESIDENT_ACTIONS: Action[] = [
  { href: '/mijn/buurtkrant/nieuw/', icon: 'pencil', label: 'Schrijf voor de buurtkrant', hint: 'Een verhaal of nieuws uit de buurt' },
  { href: '/mijn/prikbord/nieuw/', icon: 'pin', label: 'Zet iets op het prikbord', hint: 'Een vraag of een aanbod' },
  { href: '/mijn/activiteit/nieuw/', icon: 'people', label: 'Ik organiseer iets', hint: 'Eén keer of elke week' },
]

const PARTNER_ACTIONS: Action[] = [
  { href: '/mijn/organisatie/', icon: 'house', label: 'Mijn organisatie', hint: 'Wat er over jullie op de site staat' },
  { href: '/mijn/activiteit/nieuw/', icon: 'calendar', label: 'Activiteiten', hint: 'Een nieuwe activiteit toevoegen' },
]

/** The overview: a greeting, big buttons for what this person can do, and their own items with their state. */
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { payload, user, wijk } = await requireMijnSession(await headers())
  // After "Trek mijn voorstel in" (activities/activityRoutes.ts): the proposal is gone, so say so here.
  const withdrawn = (await searchParams).ingetrokken === 'voorstel'
  const actions = user.role === 'partner' ? [...PARTNER_ACTIONS, ...RESIDENT_ACTIONS.slice(1, 2)] : RESIDENT_ACTIONS
  const items = await myItems(payload, user, wijk)
  return (
    <>
      <h1>Hallo {firstName(user.name)}!</h1>
      {withdrawn && <Notice kind="ok" lines={['Je voorstel is ingetrokken.']} />}
      <p className="lead">Wat wil je vandaag doen voor {wijk.name}?</p>
      <ul className="actions">
        {actions.map((action) => (
          <li key={action.href + action.label}>
            <a className="action" href={action.href}>
              <span className="action__icon">
                <Icon name={action.icon} />
              </span>
              <span className="action__text">
                {action.label}
                <small>{action.hint}</small>
              </span>
            </a>
          </li>
        ))}
      </ul>
      <h2>Wat ik heb ingestuurd</h2>
      <MyItemsList items={items} />
      <h2>Prikbord</h2>
      <p>
        <a className="action action--small" href="/mijn/reacties/">
          <span className="action__icon">
            <Icon name="chat" />
          </span>
          <span className="action__text">Reacties op mijn berichten</span>
        </a>
      </p>
    </>
  )
}
