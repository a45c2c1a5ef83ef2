import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'

/**
 * Reads a PDF the way a person would see the printout: PDF.js (pdfjs-dist) parses and renders it inside
 * Chromium (which has the canvas PDF.js needs, so no native module in Node), jsQR decodes the QR codes
 * from the rendered pixels.
 */

type PdfText = { text: string; fontSize: number; x: number; y: number }
export type PdfPage = {
  /** Page size in points (1/72 inch). */
  width: number
  height: number
  /** Every text item PDF.js finds, with its font size in points and its position from the top left. */
  items: PdfText[]
  /** The page's text in reading order, whitespace collapsed. */
  text: string
  /** What each QR code on the page says, top to bottom (empty when not rendered). */
  qrCodes: string[]
  /** How many raster images (photos, logos) the page paints. */
  images: number
  /** The rendered page as PNG (only when asked for). */
  png?: Buffer
}

const require = createRequire(import.meta.url)
const FILES: Record<string, string> = {
  '/pdf.mjs': require.resolve('pdfjs-dist/build/pdf.mjs'),
  '/pdf.worker.mjs': require.resolve('pdfjs-dist/build/pdf.worker.mjs'),
  '/jsQR.js': require.resolve('jsqr/dist/jsQR.js'),
}
const INDEX = `<!doctype html><meta charset="utf-8"><title>PDF</title><script src="/jsQR.js"></script>
<script type="module">
  import * as pdfjs from '/pdf.mjs'
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs'
  window.pdfjsLib = pdfjs
</script>`

/** A loopback server for PDF.js and jsQR, and a page that has loaded them. */
type ReadOptions = {
  /** Render the pages and decode their QR codes (slower); on by default. */
  render?: boolean
  /** Keep each rendered page as PNG, e.g. to look at it. */
  png?: boolean
}

export async function openPdfReader(
  browser: Browser,
): Promise<{ read: (pdf: Buffer, options?: ReadOptions) => Promise<PdfPage[]>; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = FILES[req.url ?? '']
    if (req.url === '/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(INDEX)
    if (!file) return void res.writeHead(404).end()
    res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  const page: Page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.waitForFunction(() => 'pdfjsLib' in window)
  const read = async (pdf: Buffer, { render = true, png = false }: ReadOptions = {}) => {
    const pages = await page.evaluate(readInPage, { base64: pdf.toString('base64'), render, png })
    return pages.map(({ png: dataUrl, ...rest }) => ({ ...rest, ...(dataUrl ? { png: Buffer.from(dataUrl.split(',')[1]!, 'base64') } : {}) }))
  }
  const close = async () => {
    await page.close()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  return { read, close }
}

/** Runs in the browser page. Self-contained: Playwright sends its source text. */
async function readInPage({ base64, render, png }: { base64: string; render: boolean; png: boolean }) {
  type Matrix = number[]
  // Loaded by the reader page's own module script (a dynamic import here would be rewritten by Vitest).
  const pdfjs = (window as unknown as { pdfjsLib: typeof import('pdfjs-dist') }).pdfjsLib
  const jsQR = (window as unknown as { jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const task = pdfjs.getDocument({ data })
  const doc = await task.promise
  const SCALE = 3
  const multiply = (m: Matrix, n: Matrix): Matrix => [
    m[0]! * n[0]! + m[2]! * n[1]!,
    m[1]! * n[0]! + m[3]! * n[1]!,
    m[0]! * n[2]! + m[2]! * n[3]!,
    m[1]! * n[2]! + m[3]! * n[3]!,
    m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
    m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
  ]
  const apply = (m: Matrix, x: number, y: number) => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!] as const

  const pages = []
  for (let n = 1; n <= doc.numPages; n++) {
    const pdfPage = await doc.getPage(n)
    const viewport = pdfPage.getViewport({ scale: 1 })
    const content = await pdfPage.getTextContent()
    const items = (content.items as { str: string; transform: Matrix }[])
      .filter((item) => item.str.trim() !== '')
      .map((item) => ({
        text: item.str,
        fontSize: Math.hypot(item.transform[2]!, item.transform[3]!),
        x: item.transform[4]!,
        y: viewport.height - item.transform[5]!,
      }))

    // A QR code is one path of many short strokes: find large, square path boxes in the operator list, in page coordinates.
    const ops = await pdfPage.getOperatorList()
    const boxes: { x: number; y: number; size: number }[] = []
    let images = 0
    let ctm: Matrix = [1, 0, 0, 1, 0, 0]
    const stack: Matrix[] = []
    ops.fnArray.forEach((fn: number, i: number) => {
      const args = ops.argsArray[i]
      if (fn === pdfjs.OPS.paintImageXObject || fn === pdfjs.OPS.paintInlineImageXObject) images++
      else if (fn === pdfjs.OPS.save) stack.push(ctm)
      else if (fn === pdfjs.OPS.restore) ctm = stack.pop() ?? ctm
      else if (fn === pdfjs.OPS.transform) ctm = multiply(ctm, args)
      else if (fn === pdfjs.OPS.constructPath) {
        const [, pathData, minMax] = args as [number, Float32Array[], number[] | null]
        if (!minMax || (pathData[0]?.length ?? 0) < 200) return
        const [x0, y0] = apply(ctm, minMax[0]!, minMax[1]!)
        const [x1, y1] = apply(ctm, minMax[2]!, minMax[3]!)
        const w = Math.abs(x1 - x0)
        const h = Math.abs(y1 - y0)
        // A stroked code's box is one module shorter than wide (the strokes' centres).
        if (w > 30 && Math.abs(w - h) < w / 10) boxes.push({ x: Math.min(x0, x1), y: viewport.height - Math.max(y0, y1), size: w })
      }
    })

    let qrCodes: string[] = []
    let pngUrl: string | null = null
    if (render) {
      const scaled = pdfPage.getViewport({ scale: SCALE })
      const canvas = document.createElement('canvas')
      canvas.width = Math.ceil(scaled.width)
      canvas.height = Math.ceil(scaled.height)
      const context = canvas.getContext('2d', { willReadFrequently: true })!
      await pdfPage.render({ canvasContext: context, canvas, viewport: scaled }).promise
      qrCodes = boxes
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((box) => {
          // The code plus a quiet zone of a fifth of its size on every side, as a scanner would see it.
          const margin = box.size / 5
          const x = Math.max(0, Math.floor((box.x - margin) * SCALE))
          const y = Math.max(0, Math.floor((box.y - margin) * SCALE))
          const size = Math.ceil((box.size + 2 * margin) * SCALE)
          const image = context.getImageData(x, y, Math.min(size, canvas.width - x), Math.min(size, canvas.height - y))
          return jsQR(image.data, image.width, image.height)?.data ?? ''
        })
      if (png) pngUrl = canvas.toDataURL('image/png')
    }
    pages.push({
      width: viewport.width,
      height: viewport.height,
      items,
      text: items
        .map((i) => i.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      qrCodes,
      images,
      png: pngUrl,
    })
  }
  await task.destroy()
  return pages
}
