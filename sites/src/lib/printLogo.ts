import { getImage } from 'astro:assets'

import { once } from './once'
import { getWijk } from './wijk'

/** How big the logo is on paper (CSS px) and how many pixels it gets per CSS px: printers are sharp. */
export const PRINT_LOGO_SIZE = 48
const PRINT_DENSITY = 3

/**
 * The wijk's logo for print sheets, made once per build: three pixels per CSS pixel, so it stays sharp
 * on paper, in the sheet's header and in the running header that Chromium repeats on every page.
 */
export const getPrintLogo = once(async () => {
  const wijk = await getWijk()
  if (!wijk.logo) return null
  const size = PRINT_LOGO_SIZE * PRINT_DENSITY
  const image = await getImage({ src: wijk.logo.url, width: size, height: size, format: 'webp' })
  return { src: image.src, density: PRINT_DENSITY }
})
