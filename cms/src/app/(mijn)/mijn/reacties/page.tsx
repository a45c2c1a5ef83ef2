import type { Metadata } from 'next'
import { headers } from 'next/headers'
import React from 'react'

import { myReactions } from '../../../../mijn/reactions/myReactions'
import { requireMijnSession } from '../../../../mijn/session/requireMijnSession'

export const metadata: Metadata = { title: 'Reacties op mijn prikbordberichten · Mijn buurt' }

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })

/**
 * /mijn/reacties/: who reacted to my prikbord posts, and whether I answered. Read only: answering
 * goes through the link in the mail (the answer page), so the address stays hidden until then.
 */
export default async function ReactionsPage() {
  const { payload, user, wijk } = await requireMijnSession(await headers())
  const reactions = await myReactions(payload, user, wijk)
  return (
    <>
      <h1>Reacties op mijn prikbordberichten</h1>
      <p className="lead">
        Hier zie je wie op je berichten reageerde. Antwoorden doe je met de link in de e-mail die je bij elke reactie kreeg. Je e-mailadres blijft geheim tot je
        antwoordt.
      </p>
      {reactions.length === 0 ? (
        <p className="empty">Er heeft nog niemand gereageerd.</p>
      ) : (
        <ul className="items">
          {reactions.map((reaction) => (
            <li key={reaction.id} className="item" data-reaction={reaction.id}>
              <p className="item__kind">
                Op “{reaction.postTitle}” · <time dateTime={reaction.receivedAt}>{DATE.format(new Date(reaction.receivedAt))}</time>
              </p>
              <h2 className="item__title">{reaction.name} schreef:</h2>
              <p className="reaction__message">{reaction.message}</p>
              {reaction.answeredAt ? (
                <>
                  <p className="item__state" data-state="answered">
                    Je hebt geantwoord op <time dateTime={reaction.answeredAt}>{DATE.format(new Date(reaction.answeredAt))}</time>.
                    {reaction.email ? ` Het e-mailadres van ${reaction.name} is ${reaction.email}.` : ''}
                  </p>
                  {reaction.answer ? <p className="reaction__message">Je antwoord: {reaction.answer}</p> : null}
                </>
              ) : (
                <p className="item__state" data-state="open">
                  Nog niet beantwoord. Wil je antwoorden? Gebruik de link in de e-mail over deze reactie (die werkt 30 dagen).
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/mijn/">Terug naar Mijn buurt</a>
      </p>
    </>
  )
}
