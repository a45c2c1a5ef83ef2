import type { Metadata } from 'next'
import { headers } from 'next/headers'
import React from 'react'

import { findSignInLink } from '../../../../../../mijn/signInLink/useSignInLink'
import { SIGN_IN_MESSAGES } from '../../../../../../mijn/session/signInMessages'
import { Notice } from '../../../../../../mijn/ui/Notice'
import { requireWijk } from '../../../../../../mijn/wijk/requireWijk'

// The token is in the address: Referrer-Policy same-origin (next.config.mjs) keeps it from other sites.
// Not no-referrer: the button's post must carry its Origin (a no-referrer page posts "Origin: null").
export const metadata: Metadata = { title: 'Inloggen · Mijn buurt' }

type Props = { params: Promise<{ token: string }> }

/**
 * What the mail's link opens: a big "Inloggen" button. Opening the link signs nobody in (mail scanners
 * and link previews open links); the button's post uses the link up (/mijn/actie/inloglink-gebruiken).
 */
export default async function SignInLinkPage({ params }: Props) {
  const { payload, wijk } = await requireWijk(await headers())
  const { token } = await params
  const link = await findSignInLink(payload, token, wijk)
  if (!link) {
    return (
      <>
        <h1>Deze link werkt niet meer</h1>
        <Notice kind="error" lines={SIGN_IN_MESSAGES.link.text} />
        <p>
          <a className="button" href="/mijn/inloggen/link/">
            Stuur mij een nieuwe link
          </a>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Welkom terug</h1>
      <p className="lead">Druk op de knop om in te loggen op Mijn buurt van {wijk.name}.</p>
      <form method="post" action="/mijn/actie/inloglink-gebruiken" className="card">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button--wide">
          Inloggen
        </button>
      </form>
    </>
  )
}
