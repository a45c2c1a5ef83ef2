import { describeRecurrence } from '@wijk/shared/recurrence'

import type { Event } from '../../payload-types'
import { photoOf } from '../formHtml/photoUrl'
import type { ActivityFormProps } from './activityFormHtml'
import { activityValuesOf, emptyActivityValues, isSimpleWeekly } from './activityValues'
import { asActor, type MijnActor, partnerOrganisationId } from './mijnActor'

/** The page's words and the form's settings for a new activity or an existing one (its latest draft). */
export const activityPageProps = async (actor: MijnActor, event: Event | null) => {
  const who: ActivityFormProps['who'] = actor.user.role === 'partner' ? 'partner' : 'resident'
  const organisationId = partnerOrganisationId(actor.user)
  const organisation =
    organisationId === undefined
      ? null
      : await actor.payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, draft: true, ...asActor(actor) }).catch(() => null)
  const rule = event?.recurrence?.rule?.trim() ?? ''
  const title = event ? 'Activiteit aanpassen' : who === 'partner' ? 'Nieuwe activiteit' : 'Ik organiseer iets'
  const intro = event
    ? 'Pas aan wat anders moet. De redactie kijkt ernaar voordat het op de site komt.'
    : who === 'partner'
      ? `Een activiteit van ${organisation?.name ?? 'jullie organisatie'} voor de agenda. De redactie kijkt ernaar voordat het op de site komt.`
      : 'Organiseer je iets voor de buurt, één keer of elke week? Vertel het hier. De redactie kijkt ernaar en zet het in de agenda.'
  return {
    title,
    intro,
    form: {
      action: event ? `/mijn/activiteit/${event.id}/opslaan` : '/mijn/activiteit/nieuw/opslaan',
      values: event ? activityValuesOf(event) : emptyActivityValues(),
      who,
      organisationName: organisation?.name ?? null,
      photo: photoOf(event?.image, 'thumbnail'),
      keptRule: rule && !isSimpleWeekly(rule) ? rule : null,
    } satisfies ActivityFormProps,
    recurrenceText: rule ? describeRecurrence(rule) : null,
  }
}
