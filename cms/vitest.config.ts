import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Mijn buurt's route handlers (cms/src/mijn/) load the config as Next does; int tests call them directly.
  resolve: { alias: { '@payload-config': fileURLToPath(new URL('./src/payload.config.ts', import.meta.url)) } },
  test: {
    include: ['tests/int/**/*.int.spec.ts'],
    environment: 'node',
    // Each file boots its own Payload on its own SQLite file; two cores run two at a time.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['tests/helpers/testEnv.ts'],
  },
})
