import { ACCESS_SCRIPT } from '../../../../mijn/ui/accessScript'

/** The reading aids' script (Grotere letters, Lees voor): one small file, cached for a day. */
export const GET = () =>
  new Response(ACCESS_SCRIPT, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' },
  })
