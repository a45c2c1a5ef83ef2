import { defineConfig } from 'vitest/config'

/**
 * Tests that run the warm renderer (an Astro dev server: warmRenderer.test.ts directly, the builder
 * service through its build worker) run one at a time, after the others: Astro keeps a dev server's
 * content store in sites/.astro/, one per checkout (see builder/render/warm/devServer.ts).
 */
const WARM = ['tests/warmRenderer.test.ts', 'tests/builder/builderService.test.ts']

export default defineConfig({
  test: {
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: WARM, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'warm', include: WARM, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
})
