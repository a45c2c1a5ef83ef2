import React from 'react'

/** A way back to the wijk's own site, and who to ask. */
export const MijnFooter = ({ wijkName, siteUrl }: { wijkName: string | null; siteUrl: string | null }) => (
  <footer className="mijn-footer">
    <div className="mijn-footer__inner">
      {siteUrl && wijkName ? (
        <p>
          <a href={siteUrl}>← Terug naar de site van {wijkName}</a>
        </p>
      ) : null}
      <p className="mijn-footer__small">Mijn buurt is de plek waar je zelf meedoet aan de site van je wijk. Vragen? Stuur de redactie een mail via de site.</p>
    </div>
  </footer>
)
