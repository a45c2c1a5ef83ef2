/**
 * The builder's public entry for the rest of the repository (`pnpm start`, the benchmarks, the tests
 * that start a real builder): the file that runs the service, and the helpers to wait for its sites.
 * Nothing here loads the builder itself; it runs in a process of its own (`node sites/builder/main.ts`).
 */
import { fileURLToPath } from 'node:url'

export { listWijken, waitForSites } from './startup.ts'
export type { WijkStatus } from './wijkStatus.ts'

/** The builder service's entry file, to start with `node` (configuration from the environment, see config.ts). */
export const builderMainFile = fileURLToPath(new URL('./main.ts', import.meta.url))
