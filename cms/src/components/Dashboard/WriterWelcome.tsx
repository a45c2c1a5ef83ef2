import type { ServerProps } from 'payload'

import { roleOf } from '../../access/roles'

/** On the dashboard, for a resident who writes: what they can do here and what happens next. */
export const WriterWelcome = ({ user }: ServerProps) => {
  if (roleOf({ user } as never) !== 'writer') return null
  return (
    <section aria-labelledby="writer-welcome-heading" style={{ marginBottom: 'calc(var(--base) * 2)', maxWidth: '40rem' }}>
      <h2 id="writer-welcome-heading" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        Welkom!
      </h2>
      <p>Hier kun je:</p>
      <ul>
        <li>een stuk voor de buurtkrant schrijven (bij Buurtkrant);</li>
        <li>een bericht op het prikbord zetten (bij Prikbord).</li>
      </ul>
      <p>
        Klaar? Kies bij Redactiestatus &quot;Ingediend bij de redactie&quot; en sla op. De redactie leest je stuk en zet het online, of vraagt je iets aan te
        passen of wijst het af. Je krijgt daarover een e-mail, en je ziet de opmerking van de redactie bij je stuk.
      </p>
    </section>
  )
}
