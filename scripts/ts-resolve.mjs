// Lets Node run the project's TypeScript directly (Node 24 strips types natively): the sources
// import siblings without an extension, as the bundler allows, so try `.ts` and `/index.ts`.
import { registerHooks } from 'node:module'

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../')
    if (!relative || /\.[cm]?[jt]sx?$/.test(specifier)) return nextResolve(specifier, context)
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return nextResolve(candidate, context)
      } catch {
        // try the next form
      }
    }
    return nextResolve(specifier, context)
  },
})
