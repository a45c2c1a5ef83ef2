import * as rruleNamespace from 'rrule'

/**
 * rrule 2.8 ships an ESM build only via the non-standard "module" field and has
 * no "exports" map. Bundlers (Next, Vite) pick the ESM build and expose named
 * exports, but plain Node ESM (vitest's externalised deps, tsx) loads the
 * webpack UMD bundle as CommonJS, where the named exports only exist on
 * `default`. Resolving the namespace at runtime works in both worlds.
 */
type RRuleModule = typeof rruleNamespace

const hasRRule = (candidate: unknown): candidate is RRuleModule =>
  typeof candidate === 'object' && candidate !== null && typeof Reflect.get(candidate, 'RRule') === 'function'

/** Exported for tests; pass the result of `import * as ns from 'rrule'`. */
export function pickRRuleModule(namespace: unknown): RRuleModule {
  if (hasRRule(namespace)) return namespace
  // Reflect.get keeps bundlers from statically flagging a missing default export.
  const fallback: unknown = typeof namespace === 'object' && namespace !== null ? Reflect.get(namespace, 'default') : undefined
  if (hasRRule(fallback)) return fallback
  throw new Error('Could not load the "rrule" package: no RRule export found')
}

const rrule = pickRRuleModule(rruleNamespace)

export const RRule = rrule.RRule
export type RRule = InstanceType<RRuleModule['RRule']>
