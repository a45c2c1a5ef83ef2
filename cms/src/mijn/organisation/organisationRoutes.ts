import { z } from 'zod'

import { mijnAnswerPage, mijnPostHandler, seeOther } from '../http/mijnPostHandler'
import { formAnswerPage } from '../formHtml/formAnswerPage'
import { notAnHtmlForm } from '../formHtml/onlyHtmlForm'
import { photoOf } from '../formHtml/photoUrl'
import { organisationFormHtml } from './organisationFormHtml'
import { organisationValuesOf } from './organisationValues'
import { findOwnOrganisation, saveOrganisation, type SaveOrganisationResult } from './saveOrganisation'

const anyFields = z.record(z.string(), z.unknown())
const RATE_LIMIT = { max: 120, windowMs: 60 * 60_000 }
const MAX_BYTES = 9 * 1024 * 1024

const INTRO = 'Houd bij wat er over jullie op de site staat. De redactie kijkt naar je wijzigingen voordat ze op de site komen.'

type Session = Parameters<typeof findOwnOrganisation>[0]

const answer = async (session: Session, result: SaveOrganisationResult) => {
  if (result.ok)
    return seeOther(
      result.intent === 'voorbeeld' ? '/mijn/organisatie/voorbeeld/' : `/mijn/organisatie/?${result.intent === 'indienen' ? 'ingediend' : 'bewaard'}=1`,
    )
  if (result.status !== 400) {
    return mijnAnswerPage(
      { status: result.status, title: 'Dat kan hier niet', message: result.message, back: { href: '/mijn/', label: 'Naar Mijn buurt' } },
      session.wijk,
    )
  }
  const org = await findOwnOrganisation(session)
  return formAnswerPage({
    status: 400,
    wijk: session.wijk,
    title: org ? `${org.name} aanpassen` : 'Mijn organisatie',
    intro: INTRO,
    formHtml: organisationFormHtml({
      name: org?.name ?? '',
      values: result.values,
      errors: result.errors,
      message: result.message,
      photo: photoOf(org?.contactPerson?.photo, 'thumbnail'),
    }),
  })
}

/** POST `/mijn/organisatie/opslaan`: the partner's changes as a draft (concept, voorbeeld or indienen). */
export const saveOrganisationRoute = mijnPostHandler({
  schema: anyFields,
  rateLimit: RATE_LIMIT,
  maxBytes: MAX_BYTES,
  handle: async ({ data, files, session, request }) =>
    notAnHtmlForm(request, session.wijk) ?? answer(session, await saveOrganisation(session, { fields: data, files })),
})

/** POST `/mijn/organisatie/indienen` (from the preview): submits the stored draft as it is. */
export const submitOrganisationRoute = mijnPostHandler({
  schema: anyFields,
  rateLimit: RATE_LIMIT,
  handle: async ({ session }) => {
    const org = await findOwnOrganisation(session)
    if (!org)
      return answer(session, {
        ok: false,
        status: 403,
        message: 'Alleen een partner kan hier de gegevens van de eigen organisatie aanpassen.',
        errors: {},
        values: {},
      })
    return answer(session, await saveOrganisation(session, { fields: { ...organisationValuesOf(org), actie: 'indienen' } }))
  },
})

export { INTRO as ORGANISATION_INTRO }
