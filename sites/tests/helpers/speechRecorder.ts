import type { Page } from 'playwright-core'

/**
 * The browser's speech engine, observed: headless Chromium has no voices, so this init script takes
 * the place of speechSynthesis's methods, records what the page asks for, and lets the test play the
 * engine (an utterance "ends" when the test says so). Our own code is not touched.
 */
export const recordSpeech = () => {
  const log = { spoken: [] as SpeechSynthesisUtterance[], calls: [] as string[] }
  Object.assign(window, { speechLog: log })
  const synth = window.speechSynthesis
  synth.speak = (utterance) => {
    log.calls.push('speak')
    log.spoken.push(utterance)
  }
  synth.cancel = () => log.calls.push('cancel')
  synth.pause = () => log.calls.push('pause')
  synth.resume = () => log.calls.push('resume')
}
export type SpeechLog = { spoken: SpeechSynthesisUtterance[]; calls: string[] }

export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog.spoken.map((u) => ({ text: u.text, lang: u.lang })))
export const calls = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog.calls)

/** The engine finishes the utterance it is speaking (`count` times), as a real one fires 'end'. */
export const finishUtterances = (page: Page, count: number) =>
  page.evaluate((n) => {
    const log = (window as unknown as { speechLog: SpeechLog }).speechLog
    for (let i = 0; i < n; i++) {
      const before = log.spoken.length
      log.spoken.at(-1)!.dispatchEvent(new Event('end'))
      if (log.spoken.length === before) return
    }
  }, count)
