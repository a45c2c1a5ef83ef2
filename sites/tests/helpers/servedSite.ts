import path from 'node:path'

import { type Browser, chromium } from 'playwright-core'

import { chromiumOptions } from '../../../scripts/lib/chromiumOptions.ts'
import { serveDirectory } from '../../builder/http/staticServer.ts'
import { siteDir } from './builtSite'

export type SiteServer = Awaited<ReturnType<typeof serveDirectory>>

/** The test build served on loopback with its own _headers (CSP included) and its 404 page. */
export const serveBuiltSite = (): Promise<SiteServer> => serveDirectory(siteDir, path.join(siteDir, '404.html'))

export function closeServer(server: SiteServer | undefined) {
  server?.server.closeAllConnections()
  server?.server.close()
}

/** The served test build and one Chromium for a test file. */
export async function openServedSite(): Promise<{ browser: Browser; server: SiteServer }> {
  const server = await serveBuiltSite()
  const browser = await chromium.launch(chromiumOptions())
  return { browser, server }
}

export async function closeServedSite(browser: Browser | undefined, server: SiteServer | undefined) {
  await browser?.close()
  closeServer(server)
}
