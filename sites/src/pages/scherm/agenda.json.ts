import type { APIRoute } from 'astro'

import { getScreenFeed } from '../../lib/screenFeed'

/** The screen mode's data: /scherm/ fetches it every few minutes, so a screen stays current without a reload. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getScreenFeed()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
