import React from 'react'

import type { Media } from '../../../payload-types'
import { ARTICLE_LIMITS, type ArticleValues } from '../../articles/articleForm'
import { Field } from './Field'
import { FormButtons } from './FormButtons'
import { PhotoField } from './PhotoField'

type Props = { id?: number | string; values: ArticleValues; photo: Media | null; errors: Record<string, string> }

/** The buurtkrant form: a plain form post (works without JavaScript); /mijn/schrijven.js keeps a concept while typing. */
export const ArticleForm = ({ id, values, photo, errors }: Props) => (
  <form method="post" action="/mijn/buurtkrant/opslaan" encType="multipart/form-data" className="write-form" data-autosave="buurtkrant" noValidate>
    {id !== undefined && <input type="hidden" name="id" value={String(id)} />}
    <Field
      id="title"
      label="Titel"
      hint="Kort en nieuwsgierig makend. Bijvoorbeeld: Tien jaar moestuin aan de Schiedamseweg."
      value={values.title}
      error={errors.title}
    />
    <Field
      id="lead"
      label="Inleiding"
      hint={`Waar gaat je verhaal over? Eén of twee zinnen, hoogstens ${ARTICLE_LIMITS.lead} tekens.`}
      value={values.lead}
      error={errors.lead}
      rows={3}
    />
    <Field
      id="body"
      label="Je verhaal"
      hint="Laat een witregel tussen twee alinea's. Korte alinea's lezen het prettigst."
      value={values.body}
      error={errors.body}
      rows={14}
    />
    <PhotoField photo={photo} alt={values.photoAlt} errors={errors} />
    <Field
      id="authorName"
      label="Je naam onder het stuk"
      hint="Zoals lezers hem zien, bijvoorbeeld alleen je voornaam."
      value={values.authorName}
      error={errors.authorName}
      autoComplete="name"
    />
    <FormButtons noun="stuk" />
  </form>
)
