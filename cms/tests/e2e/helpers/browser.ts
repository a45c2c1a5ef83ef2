import { type Browser, chromium } from 'playwright-core'

import { chromiumOptions } from '../../../../scripts/lib/chromiumOptions.mjs'

export const launchChromium = (): Promise<Browser> => chromium.launch(chromiumOptions())
