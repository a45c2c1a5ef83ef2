import { escapeHtml } from '@wijk/shared/html'

import { ALT_MAX } from '../photos/photo'

/**
 * Form fields as HTML text, so one form renders the same on its page (GET) and in the 400 answer of
 * its POST (the typed values and the messages, nothing lost). Every value and message is escaped.
 */
export type FieldState = { values: Record<string, string>; errors: Record<string, string> }

const attr = (value: string) => escapeHtml(value)

const describedBy = (name: string, hint: string | undefined, state: FieldState) =>
  [hint ? `${name}-hint` : '', state.errors[name] ? `${name}-fout` : ''].filter(Boolean).join(' ')

const wrap = (name: string, label: string, control: string, state: FieldState, hint?: string, labelFor = true) => {
  const error = state.errors[name]
  return `<div class="veld${error ? ' veld-fout' : ''}">
<${labelFor ? `label for="${name}"` : 'span'} class="veld-label">${escapeHtml(label)}</${labelFor ? 'label' : 'span'}>
${hint ? `<p class="veld-hint" id="${name}-hint">${escapeHtml(hint)}</p>` : ''}
${error ? `<p class="veld-melding" id="${name}-fout"><span class="sr-only">Let op: </span>${escapeHtml(error)}</p>` : ''}
${control}
</div>`
}

const common = (name: string, hint: string | undefined, state: FieldState) => {
  const ids = describedBy(name, hint, state)
  return `id="${name}" name="${name}"${ids ? ` aria-describedby="${ids}"` : ''}${state.errors[name] ? ' aria-invalid="true"' : ''}`
}

type Input = {
  name: string
  label: string
  hint?: string
  type?: string
  autocomplete?: string
  maxlength?: number
  inputmode?: string
  width?: 'kort' | 'middel'
}

export const input = (state: FieldState, { name, label, hint, type = 'text', autocomplete, maxlength, inputmode, width }: Input) =>
  wrap(
    name,
    label,
    `<input ${common(name, hint, state)} type="${type}" value="${attr(state.values[name] ?? '')}"${autocomplete ? ` autocomplete="${autocomplete}"` : ''}${
      maxlength ? ` maxlength="${maxlength}"` : ''
    }${inputmode ? ` inputmode="${inputmode}"` : ''}${width ? ` class="${width}"` : ''}>`,
    state,
    hint,
  )

export const textarea = (
  state: FieldState,
  { name, label, hint, rows = 4, maxlength }: { name: string; label: string; hint?: string; rows?: number; maxlength?: number },
) =>
  wrap(
    name,
    label,
    `<textarea ${common(name, hint, state)} rows="${rows}"${maxlength ? ` maxlength="${maxlength}"` : ''}>${escapeHtml(state.values[name] ?? '')}</textarea>`,
    state,
    hint,
  )

export const select = (
  state: FieldState,
  { name, label, hint, options, placeholder }: { name: string; label: string; hint?: string; options: { value: string; label: string }[]; placeholder: string },
) =>
  wrap(
    name,
    label,
    `<select ${common(name, hint, state)}><option value="">${escapeHtml(placeholder)}</option>${options
      .map((o) => `<option value="${attr(o.value)}"${state.values[name] === o.value ? ' selected' : ''}>${escapeHtml(o.label)}</option>`)
      .join('')}</select>`,
    state,
    hint,
  )

/** Radio buttons in a fieldset whose legend is the question. */
export const radios = (state: FieldState, { name, legend, options }: { name: string; legend: string; options: { value: string; label: string }[] }) => {
  const error = state.errors[name]
  return `<fieldset class="veld${error ? ' veld-fout' : ''}"${error ? ` aria-describedby="${name}-fout"` : ''}><legend class="veld-label">${escapeHtml(legend)}</legend>
${error ? `<p class="veld-melding" id="${name}-fout"><span class="sr-only">Let op: </span>${escapeHtml(error)}</p>` : ''}
${options
  .map(
    (o, i) =>
      `<div class="keuze"><input type="radio" id="${name}-${i}" name="${name}" value="${attr(o.value)}"${state.values[name] === o.value ? ' checked' : ''}><label for="${name}-${i}">${escapeHtml(o.label)}</label></div>`,
  )
  .join('')}
</fieldset>`
}

/** A Dutch address: street and house number, postcode and place (an activity's place, an organisation's address). */
export const addressFields = (state: FieldState) => `<div class="rij">
${input(state, { name: 'street', label: 'Straat', autocomplete: 'address-line1', maxlength: 120 })}
${input(state, { name: 'houseNumber', label: 'Huisnummer', width: 'kort', maxlength: 20 })}
</div>
<div class="rij">
${input(state, { name: 'postcode', label: 'Postcode', autocomplete: 'postal-code', width: 'kort', maxlength: 10 })}
${input(state, { name: 'city', label: 'Plaats', autocomplete: 'address-level2', maxlength: 80 })}
</div>`

/** A photo with its alt text; a photo already chosen is shown with a box to remove it. */
export const photoFields = (state: FieldState, { current, label }: { current: { url: string; alt: string } | null; label: string }) => {
  const existing = current
    ? `<div class="foto-nu"><img src="${attr(current.url)}" alt="${attr(current.alt)}" width="160"><div class="keuze"><input type="checkbox" id="removePhoto" name="removePhoto"${
        state.values.removePhoto === 'on' ? ' checked' : ''
      }><label for="removePhoto">Haal deze foto weg</label></div></div>`
    : ''
  return `<fieldset class="veld-groep"><legend>${escapeHtml(label)}</legend>
${existing}
${wrap('photo', current ? 'Een andere foto kiezen (mag leeg)' : 'Kies een foto (mag leeg)', `<input ${common('photo', 'Een JPG-, PNG- of WebP-foto van hoogstens 8 MB. Gebruik alleen een foto die je zelf maakte of mag gebruiken.', state)} type="file" accept="image/jpeg,image/png,image/webp">`, state, 'Een JPG-, PNG- of WebP-foto van hoogstens 8 MB. Gebruik alleen een foto die je zelf maakte of mag gebruiken.')}
${input(state, { name: 'photoAlt', label: 'Wat staat er op de foto?', hint: 'Voor wie niet kan zien, bijvoorbeeld: Buren koken samen in het buurthuis.', maxlength: ALT_MAX })}
<p class="veld-hint">Als je een foto kiest en het formulier niet goed is ingevuld, kies de foto dan nog een keer: een browser stuurt hem maar één keer mee.</p>
</fieldset>`
}

/** A list of what to fix at the top, each linking to its field. */
export const errorSummary = (message: string | null, errors: Record<string, string>, labels: Record<string, string>) => {
  const entries = Object.entries(errors)
  if (!message && entries.length === 0) return ''
  return `<div class="foutsamenvatting" role="alert" tabindex="-1" id="fouten"><h2>${escapeHtml(message ?? 'Kijk het nog eens na')}</h2>${
    entries.length
      ? `<ul>${entries.map(([name, text]) => `<li><a href="#${attr(name === '_form' ? 'fouten' : name)}">${escapeHtml(labels[name] ? `${labels[name]}: ${text}` : text)}</a></li>`).join('')}</ul>`
      : ''
  }</div>`
}

/** The three buttons every Mijn buurt writing form has, the main one first. */
export const formButtons = (mainLabel = 'Indienen') => `<div class="knoppen">
<button type="submit" name="actie" value="indienen" class="knop knop-hoofd">${escapeHtml(mainLabel)}</button>
<button type="submit" name="actie" value="voorbeeld" class="knop knop-tweede">Bekijk voorbeeld</button>
<button type="submit" name="actie" value="concept" class="knop knop-tweede">Bewaar als concept</button>
</div>
<p class="veld-hint">Met "Bewaar als concept" blijft alles bewaard en kun je later verder. Pas met "${escapeHtml(mainLabel)}" gaat het naar de redactie.</p>`
