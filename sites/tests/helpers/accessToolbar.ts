import type { Page } from 'playwright-core'

/** The reading toolbar's buttons ("Lees voor", "Stop", "Grotere letters") and the text size they set. */
export const readAloudButton = (page: Page) => page.locator('[data-read-aloud]')
export const stopButton = (page: Page) => page.locator('[data-read-aloud-stop]')
export const textSizeButton = (page: Page) => page.locator('[data-text-size-toggle]')
export const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
