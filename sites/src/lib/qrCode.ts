import QRCode from 'qrcode'

export type QrCode = {
  /** Modules per side, without a quiet zone. */
  size: number
  /** SVG path data to stroke with width 1: the dark modules, row by row, in module units. */
  path: string
}

const cache = new Map<string, QrCode>()

/**
 * A QR code for a URL, made at build time with no network. Memoised per URL: a weekly meal is on
 * several sheets, and a big wijk's sheets together hold thousands of occurrences of far fewer events.
 * Byte mode (what a URL is anyway) skips qrcode's segment optimiser; error correction M survives a
 * coffee ring on the sheet.
 */
export function qrCode(url: string): QrCode {
  let code = cache.get(url)
  if (!code) {
    code = render(QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M' }).modules)
    cache.set(url, code)
  }
  return code
}

/**
 * One stroke of width 1 per horizontal run of dark modules, with relative moves: about 2 KB per code,
 * where a square per module would be ten times that (a week's sheet holds dozens of codes).
 */
function render(modules: { size: number; get: (row: number, col: number) => number | boolean }): QrCode {
  const { size } = modules
  let path = ''
  for (let y = 0; y < size; y++) {
    let pen = -1
    for (let x = 0; x < size; x++) {
      if (!modules.get(y, x)) continue
      const start = x
      while (x + 1 < size && modules.get(y, x + 1)) x++
      path += pen < 0 ? `M${start} ${y + 0.5}` : `m${start - pen} 0`
      path += `h${x - start + 1}`
      pen = x + 1
    }
  }
  return { size, path }
}
