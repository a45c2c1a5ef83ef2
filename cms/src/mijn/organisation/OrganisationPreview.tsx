import React from 'react'

import type { Organisation } from '../../payload-types'
import { photoOf } from '../formHtml/photoUrl'
import { plainTextOf } from '../text/plainParagraphs'

const KIND_LABELS: Record<string, string> = { organisatie: 'Organisatie', initiatief: 'Bewonersinitiatief' }

/**
 * How the organisation will look on the wijk's site (sites/src/pages/organisaties/[slug].astro): name
 * and sentence, the contact person with photo and the ways to get in touch, the story, what it
 * offers, then address and opening hours.
 */
export const OrganisationPreview = ({ org }: { org: Organisation }) => {
  const photo = photoOf(org.contactPerson?.photo, 'thumbnail')
  const person = org.contactPerson?.name ? org.contactPerson : null
  const paragraphs = plainTextOf(org.description).split('\n\n').filter(Boolean)
  const contact = org.contact ?? {}
  const links = [
    contact.phone && { href: `tel:${contact.phone.replace(/[^\d+]/g, '')}`, text: `Bel ${contact.phone}` },
    contact.whatsapp && { href: `https://wa.me/${contact.whatsapp.replace(/\D/g, '').replace(/^0/, '31')}`, text: `WhatsApp ${contact.whatsapp}` },
    contact.email && { href: `mailto:${contact.email}`, text: `Mail ${contact.email}` },
    contact.website && { href: contact.website, text: `Website ${contact.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}` },
  ].filter(Boolean) as { href: string; text: string }[]
  const address = org.address?.street ? org.address : null
  const hours = org.openingHours ?? []
  return (
    <article className="mijn-voorbeeld">
      <p className="soort">{KIND_LABELS[org.kind] ?? 'Organisatie'}</p>
      <h1>{org.name}</h1>
      {org.summary && <p className="zin">{org.summary}</p>}
      <section className="kaart" aria-labelledby="voorbeeld-contact">
        <h2 id="voorbeeld-contact">{person ? 'Je contactpersoon' : 'Contact'}</h2>
        {person && (
          <div className="persoon">
            {photo ? (
              <img src={photo.url} alt={photo.alt} width={112} height={112} />
            ) : (
              <span className="letter" aria-hidden="true">
                {person.name!.charAt(0)}
              </span>
            )}
            <div>
              <p>
                <strong>{person.name}</strong>
              </p>
              {person.role && <p>{person.role}</p>}
            </div>
          </div>
        )}
        {links.length > 0 && (
          <ul className="contact" style={{ listStyle: 'none', padding: 0 }}>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.text}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {paragraphs.length > 0 && (
        <section aria-labelledby="voorbeeld-over">
          <h2 id="voorbeeld-over">Over {org.name}</h2>
          {paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      )}
      {(org.offers ?? []).length > 0 && (
        <section aria-labelledby="voorbeeld-aanbod">
          <h2 id="voorbeeld-aanbod">Wat wij bieden</h2>
          <ul className="aanbod">
            {org.offers!.map((offer, index) => (
              <li key={index}>
                <span aria-hidden="true">✓ </span>
                {offer.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(address || hours.length > 0) && (
        <section className="kaart" aria-labelledby="voorbeeld-langskomen">
          <h2 id="voorbeeld-langskomen">Langskomen</h2>
          {address && (
            <>
              <h3>Adres</h3>
              <p>
                {address.street} {address.houseNumber}
                <br />
                {address.postcode} {address.city}
              </p>
            </>
          )}
          {hours.length > 0 && (
            <>
              <h3>Openingstijden</h3>
              <dl className="uren">
                {hours.map((row, index) => (
                  <div key={index}>
                    <dt>{row.days}</dt>
                    <dd>{row.hours}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </section>
      )}
    </article>
  )
}
