import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import React from 'react'

import { getMijnSession } from '../../../../../mijn/session/getMijnSession'
import { Notice } from '../../../../../mijn/ui/Notice'
import { requireWijk } from '../../../../../mijn/wijk/requireWijk'

export const metadata: Metadata = { title: 'Inloglink · Mijn buurt' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Ask for a sign-in link by e-mail; after sending, the same words whether or not the address has an account. */
export default async function SignInLinkRequestPage({ searchParams }: Props) {
  const requestHeaders = await headers()
  const { wijk } = await requireWijk(requestHeaders)
  if (await getMijnSession(requestHeaders)) redirect('/mijn/')
  const sent = (await searchParams).verstuurd === '1'
  return (
    <>
      <h1>Inloggen met een link</h1>
      {sent ? (
        <>
          <Notice
            kind="ok"
            lines={[
              'Kijk in je mail. Als dit e-mailadres een account heeft bij ' + wijk.name + ', krijg je binnen een paar minuten een mail met een link.',
              'Zie je niets? Kijk ook bij ongewenste mail (spam).',
            ]}
          />
          <p>
            <a href="/mijn/inloggen/">Terug naar inloggen</a>
          </p>
        </>
      ) : (
        <section className="card" aria-labelledby="link-vragen">
          <h2 id="link-vragen">Stuur mij een inloglink</h2>
          <p>Vul het e-mailadres van je account in. We mailen je een link. Met die link log je één keer in, zonder wachtwoord. De link werkt een half uur.</p>
          <form method="post" action="/mijn/actie/inloglink">
            <div className="field">
              <label htmlFor="email">Je e-mailadres</label>
              <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} />
            </div>
            <button type="submit" className="button button--wide">
              Stuur mij een link
            </button>
          </form>
          <p className="or">Weet je je wachtwoord wel?</p>
          <p>
            <a href="/mijn/inloggen/">Inloggen met je wachtwoord</a>
          </p>
        </section>
      )}
    </>
  )
}
