import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { closeServedSite, openServedSite, type SiteServer } from './servedSite'

/**
 * For a test file that checks the site as a resident uses it: the real build served with its own
 * _headers (CSP included) and one Chromium, opened before the file's tests and closed after them.
 * Call at the top of the file.
 */
export function useServedSiteInBrowser() {
  let browser: Browser
  let server: SiteServer

  beforeAll(async () => ({ browser, server } = await openServedSite()))
  afterAll(() => closeServedSite(browser, server))

  return {
    /** The served site's origin (once the file's tests run). */
    url: () => server.url,
    /** A fresh browser context (own localStorage) that collects console errors, script errors and CSP refusals. */
    newContext: async (options: { width?: number; javaScriptEnabled?: boolean } = {}) => {
      const context = await browser.newContext({
        locale: 'nl-NL',
        viewport: { width: options.width ?? 1280, height: 900 },
        javaScriptEnabled: options.javaScriptEnabled ?? true,
      })
      const problems: string[] = []
      context.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
      context.on('weberror', (error) => problems.push(error.error().message))
      return { context, problems }
    },
    visit: async (context: BrowserContext, urlPath: string): Promise<Page> => {
      const page = await context.newPage()
      await page.goto(`${server.url}${urlPath}`)
      return page
    },
  }
}
