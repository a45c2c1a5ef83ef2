import React from 'react'

import type { Media } from '../../../payload-types'
import { photoUrl } from './photoUrl'

type Props = { photo: Media | null; alt: string; errors: Record<string, string> }

/** The photo (optional) and its description for who cannot see it, required with a photo. */
export const PhotoField = ({ photo, alt, errors }: Props) => (
  <fieldset className="field photo-field">
    <legend className="label">Foto (mag leeg)</legend>
    {photo && (
      <div className="photo-field__current">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={photoUrl(photo.id, 'thumbnail')} alt={photo.alt} width={150} height={150} />
        <label className="check">
          <input type="checkbox" name="removePhoto" /> Haal deze foto weg
        </label>
      </div>
    )}
    <label htmlFor="foto">{photo ? 'Andere foto kiezen' : 'Kies een foto'}</label>
    <span className="hint" id="foto-hint">
      Een JPG-, PNG- of WebP-foto van hoogstens 8 MB. Gebruik alleen een foto die je zelf maakte of mag gebruiken.
    </span>
    {errors.photo && (
      <p className="field-error" id="foto-fout">
        {errors.photo}
      </p>
    )}
    <input
      id="foto"
      name="foto"
      type="file"
      accept="image/jpeg,image/png,image/webp"
      aria-describedby={errors.photo ? 'foto-hint foto-fout' : 'foto-hint'}
      aria-invalid={errors.photo ? true : undefined}
    />
    <div className="field">
      <label htmlFor="photoAlt">Wat staat er op de foto?</label>
      <span className="hint" id="photoAlt-hint">
        Beschrijf wat er op de foto staat, voor wie hem niet kan zien. Bijvoorbeeld: Buren oogsten tomaten in de moestuin. Nodig als je een foto kiest.
      </span>
      {errors.photoAlt && (
        <p className="field-error" id="photoAlt-fout">
          {errors.photoAlt}
        </p>
      )}
      <input
        id="photoAlt"
        name="photoAlt"
        type="text"
        autoComplete="off"
        defaultValue={alt}
        aria-describedby={errors.photoAlt ? 'photoAlt-hint photoAlt-fout' : 'photoAlt-hint'}
        aria-invalid={errors.photoAlt ? true : undefined}
      />
    </div>
  </fieldset>
)
