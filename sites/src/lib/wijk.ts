import { getEntry } from 'astro:content'

import { once } from './once'

/** The wijk this site is for (name, domain, colours, logo, contact). */
export const getWijk = once(async () => {
  const entry = await getEntry('wijk', 'wijk')
  if (!entry) throw new Error('The snapshot has no wijk.')
  return entry.data
})
