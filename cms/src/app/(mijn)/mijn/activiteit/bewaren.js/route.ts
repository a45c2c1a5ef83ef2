import { AUTOSAVE_SCRIPT } from '../../../../../mijn/formHtml/autosaveScript'

/** The autosave of the activity and organisation forms: one small file, cached for a day. */
export const GET = () =>
  new Response(AUTOSAVE_SCRIPT, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' },
  })
