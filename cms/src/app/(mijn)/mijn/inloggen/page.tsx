import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import React from 'react'
import { sitePaths } from '@wijk/shared/sitePaths'

import { getMijnSession } from '../../../../mijn/session/getMijnSession'
import { signInMessage } from '../../../../mijn/session/signInMessages'
import { Notice } from '../../../../mijn/ui/Notice'
import { requireWijk } from '../../../../mijn/wijk/requireWijk'
import { wijkSiteUrl } from '../../../../mijn/wijk/wijkForRequest'

export const metadata: Metadata = { title: 'Inloggen · Mijn buurt' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Sign in with e-mail and password, or ask for a sign-in link. A plain form: works without JavaScript. */
export default async function SignInPage({ searchParams }: Props) {
  const requestHeaders = await headers()
  const { wijk } = await requireWijk(requestHeaders)
  if (await getMijnSession(requestHeaders)) redirect('/mijn/')
  const message = signInMessage((await searchParams).fout)
  const registerUrl = new URL(sitePaths.account(), wijkSiteUrl(wijk, requestHeaders)).toString()
  return (
    <>
      <h1>Inloggen</h1>
      <p className="lead">
        Welkom bij Mijn buurt van {wijk.name}. Hier schrijf je voor de buurtkrant, zet je iets op het prikbord en vertel je wat je organiseert.
      </p>
      {message && <Notice kind={message.kind} lines={message.text} />}
      <section className="card" aria-labelledby="met-wachtwoord">
        <h2 id="met-wachtwoord">Met je wachtwoord</h2>
        <form method="post" action="/mijn/actie/inloggen">
          <div className="field">
            <label htmlFor="email">Je e-mailadres</label>
            <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} />
          </div>
          <div className="field">
            <label htmlFor="password">Je wachtwoord</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={200} />
          </div>
          <button type="submit" className="button button--wide">
            Inloggen
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="met-link">
        <h2 id="met-link">Wachtwoord vergeten?</h2>
        <p>Geen probleem. We mailen je een link. Daarmee log je in zonder wachtwoord.</p>
        <a className="button button--quiet" href="/mijn/inloggen/link/">
          Stuur mij een inloglink
        </a>
      </section>
      <p className="or">Nog geen account?</p>
      <p>
        <a href={registerUrl}>Maak een account op de site van {wijk.name}</a>. Dat is gratis en kost een paar minuten.
      </p>
    </>
  )
}
