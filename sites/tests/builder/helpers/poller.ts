import type { BuilderProcess } from './builderProcess.ts'

/**
 * Fetches pages through the builder in a loop, as visitors would during publishes, and records every
 * answer that is not a complete page: a 404 or 5xx, or HTML cut short. A page is only complete when
 * its stylesheet (from the same release) loads too.
 */
export const startPoller = (builder: BuilderProcess, host: string) => {
  const failures: string[] = []
  const taglines = new Set<string>()
  let requests = 0
  let running = true
  const check = async (pathname: string) => {
    const answer = await builder.get(host, pathname)
    requests += 1
    if (answer.status !== 200) return void failures.push(`${pathname}: ${answer.status}`)
    if (pathname.endsWith('/') && !answer.text.trimEnd().endsWith('</html>')) return void failures.push(`${pathname}: partial page`)
    return answer.text
  }
  const loop = (async () => {
    while (running) {
      const home = await check('/')
      const tagline = home && /Versie \d+|Samen maken we Kanaleneiland|Na een fout|Na het stoppen/.exec(home)?.[0]
      if (tagline) taglines.add(tagline)
      const css = home && /href="(\/_astro\/[^"]+\.css)"/.exec(home)?.[1]
      if (css) await check(css)
      await check('/agenda/')
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return { failures, requests, taglines: [...taglines] }
    },
  }
}
