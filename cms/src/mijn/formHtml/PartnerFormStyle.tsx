import React from 'react'

import { partnerFormCss } from './formCss'

/** The forms' and previews' look, hoisted into the head once (React 19 style with href + precedence). */
export const PartnerFormStyle = () => (
  <style href="mijn-partner-forms" precedence="default">
    {partnerFormCss}
  </style>
)

/** A form rendered as HTML text (the same text its 400 answer shows), with the autosave script. */
export const FormHtml = ({ html }: { html: string }) => (
  <>
    <div dangerouslySetInnerHTML={{ __html: html }} />
    <script src="/mijn/activiteit/bewaren.js" defer />
  </>
)

/** The line after a save: what happened and what comes next. */
export const SavedNotice = ({ search }: { search: Record<string, string | string[] | undefined> }) => {
  if (search.ingediend) {
    return (
      <p className="melding-goed" role="status">
        <strong>Ingediend.</strong> De redactie kijkt ernaar. Tot de redactie het plaatst, verandert er niets op de site.
      </p>
    )
  }
  if (search.bewaard) {
    return (
      <p className="melding-goed" role="status">
        <strong>Bewaard als concept.</strong> Je kunt later verder. Het gaat pas naar de redactie als je op Indienen drukt.
      </p>
    )
  }
  return null
}
