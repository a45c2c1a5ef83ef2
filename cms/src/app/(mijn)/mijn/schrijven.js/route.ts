import { AUTOSAVE_SCRIPT } from '../../../../mijn/writing/autosaveScript'

/** The writing forms' concept keeper (progressive enhancement): one small file. */
export const GET = () =>
  new Response(AUTOSAVE_SCRIPT, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' },
  })
