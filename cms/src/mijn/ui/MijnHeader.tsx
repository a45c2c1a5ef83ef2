import React from 'react'

import type { Media, Wijken } from '../../payload-types'

const logoOf = (wijk: Wijken): string | null => {
  const logo = wijk.logo as Media | number | null | undefined
  if (!logo || typeof logo !== 'object') return null
  return logo.sizes?.thumbnail?.url ?? logo.url ?? null
}

/** The wijk's name and logo in its colour, like the site's header; "Uitloggen" when signed in (a plain form post). */
export const MijnHeader = ({ wijk, signedInName }: { wijk: Wijken | null; signedInName: string | null }) => {
  const logo = wijk ? logoOf(wijk) : null
  return (
    <header className="mijn-header">
      <div className="mijn-header__inner">
        <a href="/mijn/" className="mijn-header__home">
          {logo && <img src={logo} alt="" width={48} height={48} className="mijn-header__logo" />}
          <span className="mijn-header__titles">
            <span className="mijn-header__name">{wijk?.name ?? 'Wijkplatform'}</span>
            <span className="mijn-header__badge">Mijn buurt</span>
          </span>
        </a>
        {signedInName && (
          <form method="post" action="/mijn/uitloggen" className="mijn-header__signout">
            <button type="submit" className="mijn-header__button">
              Uitloggen
            </button>
          </form>
        )}
      </div>
    </header>
  )
}
