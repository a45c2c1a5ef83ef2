/**
 * Lets plain `node` load shared/'s TypeScript sources: they import siblings without an extension
 * ('./eventCategories'), which Vite and tsc accept but Node's ESM resolver does not.
 * Registered before anything imports @wijk/shared; a failed relative import is retried with `.ts`.
 */
import * as nodeModule from 'node:module'

// Loading .ts files at all needs Node's type stripping (on by default from 22.18); registerHooks came in 22.15.
if (typeof nodeModule.registerHooks !== 'function') throw new Error(`The builder needs Node 22.18 or newer (this is ${process.version}).`)

nodeModule.registerHooks({
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
