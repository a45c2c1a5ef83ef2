import type { APIRoute } from 'astro'

import { getWijk } from '../lib/wijk'

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The wijk's initial on its own colour: recognisable in a tab or on a home screen, no image needed. */
export const GET: APIRoute = async () => {
  const wijk = await getWijk()
  const initial = escapeXml(wijk.name.trim().charAt(0).toUpperCase() || 'W')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${escapeXml(wijk.colors.primary)}"/><text x="32" y="45" font-family="system-ui, sans-serif" font-size="38" font-weight="700" text-anchor="middle" fill="#fff">${initial}</text></svg>`
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } })
}
