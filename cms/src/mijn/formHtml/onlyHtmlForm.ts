import type { Wijken } from '../../payload-types'
import { mijnAnswerPage } from '../http/mijnPostHandler'

const FORM_TYPES = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i

/**
 * These forms are plain HTML forms: a body of any other kind (JSON from a script) is refused with
 * 415, so what is stored always came through the form's own fields.
 */
export const notAnHtmlForm = (request: Request, wijk: Wijken): Response | null =>
  FORM_TYPES.test(request.headers.get('content-type') ?? '')
    ? null
    : mijnAnswerPage(
        {
          status: 415,
          title: 'Dat ging niet goed',
          message: 'Verstuur het formulier vanaf de pagina zelf.',
          back: { href: '/mijn/', label: 'Naar Mijn buurt' },
        },
        wijk,
      )
