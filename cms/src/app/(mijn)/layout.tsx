/* Mijn buurt's root layout: the wijk's own look, beside the admin's (payload) layout. */
import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
import React from 'react'

import { MijnFooter } from '../../mijn/ui/MijnFooter'
import { MijnHeader } from '../../mijn/ui/MijnHeader'
import { Icon } from '../../mijn/ui/Icon'
import { TEXT_SIZE_BOOT_SCRIPT } from '../../mijn/ui/accessScript'
import { wijkThemeCss } from '../../mijn/ui/wijkTheme'
import { getMijnSession, mijnPayload } from '../../mijn/session/getMijnSession'
import { wijkForRequest, wijkSiteUrl } from '../../mijn/wijk/wijkForRequest'
import './mijn.css'

export const metadata: Metadata = { robots: { index: false, follow: false }, title: 'Mijn buurt' }
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function MijnLayout({ children }: { children: React.ReactNode }) {
  const requestHeaders = await headers()
  const payload = await mijnPayload()
  const wijk = await wijkForRequest(payload, requestHeaders)
  const session = wijk ? await getMijnSession(requestHeaders) : null
  return (
    <html lang="nl">
      <head>
        <script dangerouslySetInnerHTML={{ __html: TEXT_SIZE_BOOT_SCRIPT }} />
        {wijk && <style dangerouslySetInnerHTML={{ __html: wijkThemeCss(wijk) }} />}
        <script src="/mijn/hulp.js" defer />
      </head>
      <body>
        <a className="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <MijnHeader wijk={wijk} signedInName={session?.user.name ?? null} />
        <main id="inhoud" className="mijn-main">
          <div data-access-toolbar className="access-toolbar" role="group" aria-label="Hulp bij lezen" hidden>
            <button type="button" className="toolbar-button" data-read-aloud data-state="idle" hidden>
              <Icon name="speaker" /> <span data-read-aloud-label>Lees voor</span>
            </button>
            <button type="button" className="toolbar-button" data-read-aloud-stop hidden>
              <Icon name="stop" /> <span>Stop</span>
            </button>
            <button type="button" className="toolbar-button" aria-pressed="false" data-text-size-toggle hidden>
              <Icon name="textSize" /> <span>Grotere letters</span>
            </button>
          </div>
          {children}
        </main>
        <MijnFooter wijkName={wijk?.name ?? null} siteUrl={wijk ? wijkSiteUrl(wijk, requestHeaders) : null} />
      </body>
    </html>
  )
}
