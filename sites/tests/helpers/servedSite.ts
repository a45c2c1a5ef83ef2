import path from 'node:path'

import { type Browser, chromium } from 'playwright-core'

import { chromiumOptions } from '../../../scripts/lib/chromiumOptions.mjs'
import { serveDirectory } from '../../scripts/lib/staticServer.mjs'
import { siteDir } from './builtSite'

export type SiteServer = Awaited<ReturnType<typeof serveDirectory>>

/** The test build served on loopback with its own _headers (CSP included), and one Chromium for a test file. */
export async function openServedSite(): Promise<{ browser: Browser; server: SiteServer }> {
  const server = await serveDirectory(siteDir, path.join(siteDir, '404.html'))
  const browser = await chromium.launch(chromiumOptions())
  return { browser, server }
}

export async function closeServedSite(browser: Browser | undefined, server: SiteServer | undefined) {
  await browser?.close()
  server?.server.closeAllConnections()
  server?.server.close()
}
