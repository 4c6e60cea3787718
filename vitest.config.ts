import { configDefaults, defineConfig } from 'vitest/config'
import { rendererAliases } from './electron.vite.config'

export default defineConfig({
  resolve: { alias: rendererAliases },
  test: {
    // Each test file works in its own temp folder; files run in parallel on both cores.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Needs the built app: `npm run test:package` runs it after the build.
          exclude: [...configDefaults.exclude, 'scripts/package.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Renderer components, rendered into a DOM and driven as a person would.
          name: 'dom',
          include: ['src/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['testing/dom-setup.ts'],
        },
      },
    ],
  },
})
