import type { Wijken } from '../../payload-types'

const HEX = /^#[0-9a-fA-F]{6}$/

/** A colour from the database only as #RRGGBB (it goes into CSS). */
export const safeColour = (value: string | null | undefined, fallback: string): string => (value && HEX.test(value) ? value : fallback)

const channel = (hex: string, at: number) => {
  const value = parseInt(hex.slice(at, at + 2), 16) / 255
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}
const luminance = (hex: string) => 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5)
export const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (high + 0.05) / (low + 0.05)
}

/** The wijk's colour darkened until white text on it reaches 4.5:1 (a light colour still reads). */
export const readableOnWhite = (hex: string): string => {
  let colour = hex
  for (let step = 0; step < 20 && contrast(colour, '#ffffff') < 4.5; step++) {
    colour =
      '#' +
      [1, 3, 5]
        .map((at) =>
          Math.round(parseInt(colour.slice(at, at + 2), 16) * 0.88)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')
  }
  return colour
}

/** CSS custom properties of the wijk's look, for the layout's <style>. Only checked hex values go in. */
export const wijkThemeCss = (wijk: Pick<Wijken, 'colors'>): string => {
  const primary = readableOnWhite(safeColour(wijk.colors?.primary, '#A63D2A'))
  const accent = safeColour(wijk.colors?.accent, '#F2B134')
  return `:root{--wijk-primary:${primary};--wijk-accent:${accent}}`
}
