import { EVENT_CATEGORIES, EVENT_CATEGORY_LABELS } from '@wijk/shared/eventCategories'
import { describeRecurrence } from '@wijk/shared/recurrence'
import { escapeHtml } from '@wijk/shared/html'

import { addressFields, errorSummary, type FieldState, formButtons, input, photoFields, radios, select, textarea } from '../formHtml/fields'
import type { ActivityFormValues } from './activityValues'

export type ActivityFormProps = {
  /** Where the form posts: `/mijn/activiteit/nieuw/opslaan` or `/mijn/activiteit/<id>/opslaan`. */
  action: string
  values: ActivityFormValues
  errors?: Record<string, string>
  message?: string | null
  /** A resident proposes ("Ik organiseer iets"); a partner adds its organisation's activity. */
  who: 'resident' | 'partner'
  organisationName?: string | null
  photo?: { url: string; alt: string } | null
  /** The rule the redactie set when it is not a simple "elke week" (kept unless changed). */
  keptRule?: string | null
}

/** The labels the error summary puts before each message. */
const ACTIVITY_LABELS: Record<string, string> = {
  title: 'Wat organiseer je',
  category: 'Soort activiteit',
  summary: 'In één zin',
  description: 'Meer vertellen',
  date: 'Datum',
  startTime: 'Begintijd',
  endTime: 'Eindtijd',
  repeat: 'Hoe vaak',
  placeName: 'Waar',
  street: 'Straat',
  houseNumber: 'Huisnummer',
  postcode: 'Postcode',
  city: 'Plaats',
  howToJoin: 'Hoe doe je mee',
  photo: 'Foto',
  photoAlt: 'Wat staat er op de foto',
}

/** "Ik organiseer iets" and a partner's activity: one plain form, the same with or without JavaScript. */
export const activityFormHtml = ({
  action,
  values,
  errors = {},
  message = null,
  who,
  organisationName,
  photo = null,
  keptRule = null,
}: ActivityFormProps): string => {
  const state: FieldState = { values, errors }
  const repeatOptions = [
    { value: 'once', label: 'Eén keer' },
    { value: 'weekly', label: 'Elke week, op dezelfde dag en tijd' },
    ...(keptRule ? [{ value: 'keep', label: `Zoals de redactie het instelde: ${describeRecurrence(keptRule).toLowerCase()}` }] : []),
  ]
  const placeHint =
    who === 'partner'
      ? `Laat leeg als het bij ${organisationName ?? 'jullie organisatie'} zelf is.`
      : 'Bijvoorbeeld: Buurthuis De Kabel, of de hal van je flat. Vul het adres in als mensen het moeten kunnen vinden.'
  return `<form class="mijn-formulier" method="post" action="${escapeHtml(action)}" enctype="multipart/form-data" novalidate data-autosave>
${errorSummary(message, errors, ACTIVITY_LABELS)}
<fieldset class="veld-groep"><legend>Wat</legend>
${input(state, { name: 'title', label: 'Wat organiseer je?', hint: 'Een korte naam, bijvoorbeeld: Samen koken op dinsdag.', maxlength: 120 })}
${select(state, { name: 'category', label: 'Wat voor activiteit is het?', placeholder: 'Kies een soort', options: EVENT_CATEGORIES.map((value) => ({ value, label: EVENT_CATEGORY_LABELS[value] })) })}
${textarea(state, { name: 'summary', label: 'Vertel in één zin wat mensen kunnen verwachten', rows: 2, maxlength: 200 })}
${textarea(state, { name: 'description', label: 'Wil je meer vertellen? (mag leeg)', hint: 'Laat een lege regel tussen twee alinea’s.', rows: 5 })}
</fieldset>
<fieldset class="veld-groep"><legend>Wanneer</legend>
${input(state, { name: 'date', label: 'Datum', hint: who === 'resident' ? 'De eerste keer, als het vaker is.' : undefined, type: 'date', width: 'middel' })}
<div class="rij">
${input(state, { name: 'startTime', label: 'Begintijd', hint: 'Bijvoorbeeld 14:00', type: 'time', width: 'kort' })}
${input(state, { name: 'endTime', label: 'Eindtijd (mag leeg)', hint: 'Bijvoorbeeld 16:00', type: 'time', width: 'kort' })}
</div>
${radios(state, { name: 'repeat', legend: 'Hoe vaak?', options: repeatOptions })}
</fieldset>
<fieldset class="veld-groep"><legend>Waar</legend>
${input(state, { name: 'placeName', label: 'Naam van de plek', hint: placeHint, maxlength: 120 })}
${addressFields(state)}
</fieldset>
<fieldset class="veld-groep"><legend>Meedoen</legend>
${textarea(state, {
  name: 'howToJoin',
  label: 'Hoe doen mensen mee? (mag leeg)',
  hint: 'Bijvoorbeeld: gewoon binnenlopen, of aanmelden bij Fatima via 06 12345678. Dit staat op de site.',
  rows: 3,
  maxlength: 400,
})}
</fieldset>
${photoFields(state, { current: photo, label: 'Foto (mag leeg)' })}
${formButtons('Indienen')}
</form>`
}
