/**
 * The builder service: `node sites/builder/main.ts` (configuration from the environment, see README
 * "The builder"). The hook is registered before anything imports shared/'s TypeScript sources.
 */
import './resolveTsImports.ts'

const { sayer } = await import('@wijk/shared/say')
const { configFromEnv } = await import('./config.ts')
const { createBuilder } = await import('./builder.ts')
const { previewUrl } = await import('./http/htmlPages.ts')

const say = sayer('[builder]')

let config
try {
  config = configFromEnv()
} catch (error) {
  console.error(`[builder] ${(error as Error).message}`)
  process.exit(2)
}

const builder = createBuilder(config, say)
await builder.start()
say(`luistert op http://${config.host}:${config.port} (webhook: POST /webhook, status: /status), uitvoer in ${config.outRoot}`)
for (const wijk of builder.queue.knownWijken()) say(`${wijk}: ${previewUrl(wijk, config.port)}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    builder.stop()
    process.exit(0)
  })
}
