import React from 'react'

import type { Media } from '../../../payload-types'
import { POST_LIMITS, type PostValues } from '../../posts/postForm'
import { Field } from './Field'
import { FormButtons } from './FormButtons'
import { PhotoField } from './PhotoField'

type Props = { id?: number | string; values: PostValues; photo: Media | null; errors: Record<string, string>; minDate: string; maxDate: string }

const KINDS = [
  { value: 'vraag', label: 'Vraag', hint: 'Ik zoek iets of iemand.' },
  { value: 'aanbod', label: 'Aanbod', hint: 'Ik bied iets aan.' },
] as const

/** The prikbord form: vraag or aanbod, a title, a short text, a name and how long it stays up. */
export const PostForm = ({ id, values, photo, errors, minDate, maxDate }: Props) => (
  <form method="post" action="/mijn/prikbord/opslaan" encType="multipart/form-data" className="write-form" data-autosave="prikbord" noValidate>
    {id !== undefined && <input type="hidden" name="id" value={String(id)} />}
    <fieldset className="field choice" aria-describedby={errors.kind ? 'kind-fout' : undefined}>
      <legend className="label">Wat wil je plaatsen?</legend>
      {errors.kind && (
        <p className="field-error" id="kind-fout">
          {errors.kind}
        </p>
      )}
      {KINDS.map((kind, index) => (
        <label key={kind.value} className="choice__option">
          <input type="radio" name="kind" value={kind.value} id={index === 0 ? 'kind' : undefined} defaultChecked={values.kind === kind.value} />
          <span>
            <strong>{kind.label}</strong> <span className="choice__hint">{kind.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
    <Field id="title" label="Titel" hint="Kort en duidelijk. Bijvoorbeeld: Wie helpt mij met mijn tuin?" value={values.title} error={errors.title} />
    <Field
      id="body"
      label="Je bericht"
      hint={`Wat zoek je of wat bied je aan? Hoogstens ${POST_LIMITS.body} tekens. Zet hier niet je adres of telefoonnummer.`}
      value={values.body}
      error={errors.body}
      rows={8}
    />
    <PhotoField photo={photo} alt={values.photoAlt} errors={errors} />
    <Field
      id="authorName"
      label="Je naam op het prikbord"
      hint="Je voornaam is genoeg."
      value={values.authorName}
      error={errors.authorName}
      autoComplete="given-name"
    />
    <Field
      id="visibleUntil"
      label="Zichtbaar tot en met"
      hint="Daarna gaat je bericht vanzelf van het prikbord. Hoogstens drie maanden."
      value={values.visibleUntil}
      error={errors.visibleUntil}
      type="date"
      min={minDate}
      max={maxDate}
    />
    <FormButtons noun="bericht" />
  </form>
)
