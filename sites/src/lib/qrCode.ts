import { appendFileSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import QRCode from 'qrcode'

type QrCode = {
  /** Modules per side, without a quiet zone. */
  size: number
  /** SVG path data to stroke with width 1: the dark modules, row by row, in module units. */
  path: string
}

/**
 * The codes made so far, kept in the build's cache folder (one JSON line per URL): choosing the best
 * mask makes a code cost a quarter of a millisecond, and a big wijk's week sheets, which a single
 * publish re-renders, hold a couple of thousand events.
 */
const CACHE_FILE = 'print-qr-codes-v1.jsonl'
let cache: Map<string, QrCode> | undefined

const cacheFile = () => path.join(process.env.WIJK_CACHE_DIR ?? 'node_modules/.astro', CACHE_FILE)

function loadCache(): Map<string, QrCode> {
  const codes = new Map<string, QrCode>()
  let lines: string[] = []
  try {
    lines = readFileSync(cacheFile(), 'utf8').split('\n')
  } catch {
    return codes
  }
  for (const line of lines) {
    try {
      const { url, size, path: d } = JSON.parse(line) as QrCode & { url: string }
      if (typeof url === 'string' && typeof size === 'number' && typeof d === 'string') codes.set(url, { size, path: d })
    } catch {
      // A line cut short by a crashed build: that code is simply made again.
    }
  }
  return codes
}

function remember(url: string, code: QrCode) {
  try {
    mkdirSync(path.dirname(cacheFile()), { recursive: true })
    appendFileSync(cacheFile(), `${JSON.stringify({ url, ...code })}\n`)
  } catch {
    // Without a writable cache the next build makes the code again; nothing else depends on it.
  }
}

/**
 * A QR code for a URL, made at build time with no network, once per URL. Byte mode (what a URL is
 * anyway) skips qrcode's segment optimiser; error correction M survives a coffee ring on the sheet.
 */
function qrCode(url: string): QrCode {
  cache ??= loadCache()
  let code = cache.get(url)
  if (!code) {
    code = render(QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M' }).modules)
    cache.set(url, code)
    remember(url, code)
  }
  return code
}

/**
 * One stroke of width 1 per horizontal run of dark modules, with relative moves: about 2 KB per code,
 * where a square per module would be ten times that (a week's sheet holds dozens of codes).
 */
function render(modules: { size: number; get: (row: number, col: number) => number | boolean }): QrCode {
  const { size } = modules
  let d = ''
  for (let y = 0; y < size; y++) {
    let pen = -1
    for (let x = 0; x < size; x++) {
      if (!modules.get(y, x)) continue
      const start = x
      while (x + 1 < size && modules.get(y, x + 1)) x++
      d += pen < 0 ? `M${start} ${y + 0.5}` : `m${start - pen} 0`
      d += `h${x - start + 1}`
      pen = x + 1
    }
  }
  return { size, path: d }
}

/** Two modules of white around the code (and the white sheet around it) give scanners their quiet zone. */
const QUIET = 2
const symbols = new Map<string, string>()

/** The code as an SVG <symbol> with this id, to <use> wherever it is printed; memoised like the code. */
export function qrSymbol(id: string, url: string): string {
  const key = `${id} ${url}`
  let symbol = symbols.get(key)
  if (symbol === undefined) {
    const { size, path: d } = qrCode(url)
    const box = size + 2 * QUIET
    symbol = `<symbol id="${id}" viewBox="${-QUIET} ${-QUIET} ${box} ${box}"><path d="${d}" stroke="#000" stroke-width="1" fill="none" shape-rendering="crispEdges"></path></symbol>`
    symbols.set(key, symbol)
  }
  return symbol
}
