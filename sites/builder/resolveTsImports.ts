/**
 * Lets plain `node` load shared/'s TypeScript sources: they import siblings without an extension
 * ('./eventCategories'), which Vite and tsc accept but Node's ESM resolver does not.
 * Registered before anything imports @wijk/shared; a failed relative import is retried with `.ts`.
 */
import { registerHooks } from 'node:module'

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context)
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../')
      if (!relative || /\.[cm]?[jt]s$/.test(specifier)) throw error
      return nextResolve(`${specifier}.ts`, context)
    }
  },
})
