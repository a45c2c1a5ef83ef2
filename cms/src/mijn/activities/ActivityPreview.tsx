import React from 'react'

import { EVENT_CATEGORY_LABELS, type EventCategory } from '@wijk/shared/eventCategories'
import { describeRecurrence } from '@wijk/shared/recurrence'

import type { Event, Organisation } from '../../payload-types'
import { photoOf } from '../formHtml/photoUrl'
import { plainTextOf } from '../text/plainParagraphs'

const dayFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })

const when = (event: Event): string[] => {
  if (!event.startsAt) return ['Nog geen datum ingevuld.']
  const start = new Date(event.startsAt)
  const time = `${timeFormat.format(start)}${event.endsAt ? ` – ${timeFormat.format(new Date(event.endsAt))}` : ''} uur`
  const rule = event.recurrence?.rule?.trim()
  if (!rule) return [dayFormat.format(start), time]
  return [`${describeRecurrence(rule)}, ${time}`, `Voor het eerst op ${dayFormat.format(start)}`]
}

const addressLines = (address: { street?: string | null; houseNumber?: string | null; postcode?: string | null; city?: string | null } | null | undefined) => {
  if (!address?.street) return []
  return [`${address.street} ${address.houseNumber ?? ''}`.trim(), `${address.postcode ?? ''} ${address.city ?? ''}`.trim()].filter(Boolean)
}

/**
 * How the activity will look on the wijk's site (sites/src/pages/agenda/[slug].astro): title, the
 * sentence, the photo, cards for when, where and how to join, then the longer text and the kind.
 */
export const ActivityPreview = ({ event, host }: { event: Event; host: Pick<Organisation, 'name' | 'address'> | null }) => {
  const photo = photoOf(event.image, 'card')
  const placeName = event.place?.name || host?.name || null
  const address = addressLines(event.place?.address?.street ? event.place.address : event.place?.name ? null : host?.address)
  const paragraphs = plainTextOf(event.description).split('\n\n').filter(Boolean)
  const category = event.category ? EVENT_CATEGORY_LABELS[event.category as EventCategory] : null
  return (
    <article className="mijn-voorbeeld">
      <h1>{event.title || '(nog zonder titel)'}</h1>
      {event.summary && <p className="zin">{event.summary}</p>}
      {photo && <img className="groot" src={photo.url} alt={photo.alt} width={768} height={512} />}
      <div className="raster">
        <section className="kaart" aria-labelledby="voorbeeld-wanneer">
          <h2 id="voorbeeld-wanneer">Wanneer?</h2>
          {when(event).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
        <div>
          <section className="kaart" aria-labelledby="voorbeeld-waar">
            <h2 id="voorbeeld-waar">Waar?</h2>
            {placeName && <p>{placeName}</p>}
            {address.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {!placeName && address.length === 0 && <p>Nog geen plek ingevuld.</p>}
          </section>
          {event.howToJoin && (
            <section className="kaart" aria-labelledby="voorbeeld-meedoen">
              <h2 id="voorbeeld-meedoen">Hoe doe je mee?</h2>
              <p>{event.howToJoin}</p>
            </section>
          )}
        </div>
      </div>
      {paragraphs.length > 0 && (
        <section aria-labelledby="voorbeeld-meer">
          <h2 id="voorbeeld-meer">Meer informatie</h2>
          {paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      )}
      {category && (
        <section aria-labelledby="voorbeeld-soort">
          <h2 id="voorbeeld-soort">Soort activiteit</h2>
          <p>Soort: {category}</p>
        </section>
      )}
    </article>
  )
}
