import type { UIFieldServerProps } from 'payload'

import { roleOf } from '../../access/roles'
import { MAILCHIMP_QUEUE } from '../../jobs/queues'
import { type BacklogEntry, mailchimpBacklog } from '../../mailchimp/mailchimpBacklog'
import { mailchimpConfigured } from '../../mailchimp/mailchimpSettings'

const KIND_LABELS: Record<string, string> = {
  subscribe: 'Aanmelding nieuwsbrief',
  upsert: 'Organisatie bijwerken',
  archive: 'Uit de audience halen',
  forget: 'Wissen (privacyverzoek)',
  tags: 'Tags bijwerken',
  network: 'Netwerk bijwerken',
}

/** Shown per list, at most; the count says how many there are. */
const SHOWN = 5

const TIME = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })

const Entries = ({ entries, failed }: { entries: BacklogEntry[]; failed: boolean }) => (
  <ul style={{ margin: '0 0 calc(var(--base) / 2)', paddingLeft: '1.2em' }}>
    {entries.slice(0, SHOWN).map((entry) => (
      <li key={entry.id}>
        {KIND_LABELS[entry.kind] ?? entry.kind}: {entry.email}
        {failed || !entry.waitUntil ? null : <> (opnieuw om {TIME.format(new Date(entry.waitUntil))})</>}
        {entry.error ? <div style={{ color: 'var(--theme-error-500)' }}>{entry.error}</div> : null}
      </li>
    ))}
    {entries.length > SHOWN ? <li>en nog {entries.length - SHOWN}</li> : null}
  </ul>
)

/**
 * On the wijk's edit view: which changes for this wijk's Mailchimp audiences have not reached
 * Mailchimp yet (waiting for a retry, or failed). Admins get a link to all Mailchimp jobs.
 */
export const MailchimpStatusField = async ({ id, data, payload, req }: UIFieldServerProps) => {
  const audiences = (data as { mailchimp?: { newsletterAudienceId?: string | null; networkAudienceId?: string | null } } | undefined)?.mailchimp
  const ids = [audiences?.newsletterAudienceId, audiences?.networkAudienceId].filter((id): id is string => Boolean(id?.trim())).map((id) => id.trim())
  const jobsLink =
    roleOf(req) === 'admin' ? (
      <p>
        <a href={`${payload.config.routes.admin}/collections/payload-jobs?where[queue][equals]=${MAILCHIMP_QUEUE}`}>Alle Mailchimp-taken</a>
      </p>
    ) : null
  let body
  if (!mailchimpConfigured()) body = <p>Mailchimp is niet gekoppeld op de server: er gaat niets naar Mailchimp.</p>
  else if (id === undefined) body = <p>Na het opslaan van de wijk zie je hier wat er naar Mailchimp moet.</p>
  else if (ids.length === 0) body = <p>Vul bij de wijk een audience-id voor Mailchimp in om deze wijk te koppelen.</p>
  else {
    const { pending, failed } = await mailchimpBacklog(payload, id, ids)
    body =
      pending.length === 0 && failed.length === 0 ? (
        <p>Alles is bij Mailchimp: er wacht niets.</p>
      ) : (
        <>
          {pending.length > 0 ? (
            <>
              <p>
                <strong>{pending.length === 1 ? '1 wijziging wacht' : `${pending.length} wijzigingen wachten`} op Mailchimp.</strong> Ze gaan vanzelf opnieuw;
                er gaat niets verloren.
              </p>
              <Entries entries={pending} failed={false} />
            </>
          ) : null}
          {failed.length > 0 ? (
            <>
              <p>
                <strong>{failed.length === 1 ? '1 wijziging is mislukt' : `${failed.length} wijzigingen zijn mislukt`}.</strong> Die worden niet meer opnieuw
                geprobeerd.
              </p>
              <Entries entries={failed} failed />
            </>
          ) : null}
        </>
      )
  }
  return (
    <section aria-labelledby="mailchimp-status-heading" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="mailchimp-status-heading" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        Mailchimp
      </h3>
      {body}
      {jobsLink}
    </section>
  )
}
