import { escapeHtml } from '@wijk/shared/html'

import { addressFields, errorSummary, type FieldState, formButtons, input, photoFields, textarea } from '../formHtml/fields'
import { OPENING_ROWS } from './organisationSchema'
import type { OrganisationFormValues } from './organisationValues'

const ORGANISATION_LABELS: Record<string, string> = {
  summary: 'In één zin',
  description: 'Over ons',
  offers: 'Wat bieden jullie',
  contactName: 'Naam contactpersoon',
  contactRole: 'Functie',
  photo: 'Foto',
  photoAlt: 'Wat staat er op de foto',
  street: 'Straat',
  houseNumber: 'Huisnummer',
  postcode: 'Postcode',
  city: 'Plaats',
  email: 'E-mail',
  phone: 'Telefoon',
  website: 'Website',
  whatsapp: 'WhatsApp',
  ...Object.fromEntries(
    Array.from({ length: OPENING_ROWS }, (_, row) => [
      [`days${row}`, `Dagen (regel ${row + 1})`],
      [`hours${row}`, `Tijden (regel ${row + 1})`],
    ]).flat(),
  ),
}

export type OrganisationFormProps = {
  name: string
  values: OrganisationFormValues
  errors?: Record<string, string>
  message?: string | null
  photo?: { url: string; alt: string } | null
}

/** A partner keeps its entry current: the words, the face, how to reach it and when it is open. */
export const organisationFormHtml = ({ name, values, errors = {}, message = null, photo = null }: OrganisationFormProps): string => {
  const state: FieldState = { values, errors }
  const rows = Array.from(
    { length: OPENING_ROWS },
    (_, row) => `<div class="rij">
${input(state, { name: `days${row}`, label: `Dagen (regel ${row + 1})`, hint: row === 0 ? 'Bijvoorbeeld: ma t/m vr' : undefined, maxlength: 60 })}
${input(state, { name: `hours${row}`, label: `Tijden (regel ${row + 1})`, hint: row === 0 ? 'Bijvoorbeeld: 09:00–17:00' : undefined, maxlength: 60 })}
</div>`,
  ).join('\n')
  return `<form class="mijn-formulier" method="post" action="/mijn/organisatie/opslaan" enctype="multipart/form-data" novalidate data-autosave>
${errorSummary(message, errors, ORGANISATION_LABELS)}
<p>De naam, de soort en de thema’s van ${escapeHtml(name)} regelt de redactie. Wil je die veranderen? Mail de redactie.</p>
<fieldset class="veld-groep"><legend>Wie jullie zijn</legend>
${textarea(state, { name: 'summary', label: 'Vertel in één zin wat jullie doen', rows: 2, maxlength: 200 })}
${textarea(state, { name: 'description', label: 'Over ons (mag leeg)', hint: 'Laat een lege regel tussen twee alinea’s.', rows: 6 })}
${textarea(state, { name: 'offers', label: 'Wat bieden jullie? (mag leeg)', hint: 'Eén ding per regel, bijvoorbeeld: Koffie en een praatje.', rows: 5 })}
</fieldset>
<fieldset class="veld-groep"><legend>Jullie gezicht</legend>
<div class="rij">
${input(state, { name: 'contactName', label: 'Naam contactpersoon (mag leeg)', autocomplete: 'name', maxlength: 120 })}
${input(state, { name: 'contactRole', label: 'Functie (mag leeg)', hint: 'Bijvoorbeeld: buurtwerker', maxlength: 120 })}
</div>
</fieldset>
${photoFields(state, { current: photo, label: 'Foto van de contactpersoon (mag leeg)' })}
<fieldset class="veld-groep"><legend>Contact</legend>
<div class="rij">
${input(state, { name: 'email', label: 'E-mail', type: 'email', autocomplete: 'email', maxlength: 254 })}
${input(state, { name: 'phone', label: 'Telefoon', type: 'tel', autocomplete: 'tel', maxlength: 30 })}
</div>
<div class="rij">
${input(state, { name: 'website', label: 'Website', type: 'url', autocomplete: 'url', hint: 'Begint met https://', maxlength: 300 })}
${input(state, { name: 'whatsapp', label: 'WhatsApp', type: 'tel', maxlength: 30 })}
</div>
</fieldset>
<fieldset class="veld-groep"><legend>Adres</legend>
${addressFields(state)}
</fieldset>
<fieldset class="veld-groep"><legend>Openingstijden (mag leeg)</legend>
${rows}
</fieldset>
${formButtons('Indienen')}
</form>`
}
