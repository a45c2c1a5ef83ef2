import { type Browser, chromium } from 'playwright-core'

import { chromiumOptions } from '../../../../scripts/lib/chromiumOptions.ts'

export const launchChromium = (): Promise<Browser> => chromium.launch(chromiumOptions())
