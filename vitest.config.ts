import { globSync, readFileSync } from 'node:fs'
import { configDefaults, defineConfig } from 'vitest/config'
import { rendererAliases } from './electron.vite.config'

const NODE_TESTS = ['src/**/*.test.ts', 'scripts/**/*.test.ts']
/** Files that replace modules (`vi.mock`, `vi.doMock`) get a module registry each. */
const MOCKING = globSync(NODE_TESTS).filter((file) =>
  /\bvi\.(mock|doMock)\(/.test(readFileSync(file, 'utf8')),
)

export default defineConfig({
  resolve: { alias: rendererAliases },
  test: {
    // Each test file works in its own temp folder. Vitest runs one worker fewer than the cores
    // (one on two cores), so `npm test` runs it beside ESLint (scripts/lanes.mjs).
    pool: 'forks',
    // Guards against a hung test, not budgets: a shared, busy machine must not fail a test.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: NODE_TESTS,
          // Needs the built app: `npm run test:package` runs it after the build.
          exclude: [...configDefaults.exclude, 'scripts/package.test.ts', ...MOCKING],
          environment: 'node',
          // Importing the contract and the handlers is most of a file's time: a worker keeps
          // them loaded from one file to the next. Tests restore what they change (the locale,
          // TZ, fake timers), and `npm test` proves it by running them so.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'node-mocks', include: MOCKING, environment: 'node' },
      },
      {
        extends: true,
        test: {
          // Renderer components, rendered into a DOM and driven as a person would.
          name: 'dom',
          include: ['src/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['testing/dom-setup.ts'],
          // React, Testing Library and happy-dom loaded once per worker, not once per file
          // (23 s to 9 s): each test unmounts (dom-setup.ts) and restores what it stubs.
          isolate: false,
        },
      },
    ],
  },
})
