import { getImage } from 'astro:assets'

import { once } from './once'
import { getWijk } from './wijk'

/**
 * The wijk's logo for the header, optimised once per build: it is on every page, and one
 * getImage call per page is measurable in a build of thousands of pages.
 */
export const getHeaderLogo = once(async () => {
  const wijk = await getWijk()
  if (!wijk.logo) return null
  const image = await getImage({ src: wijk.logo.url, width: 48, height: 48, densities: [1, 2], format: 'webp' })
  return { src: image.src, srcset: image.srcSet.attribute }
})
