import { configDefaults, defineConfig } from 'vitest/config'
import { rendererAliases } from './electron.vite.config'

export default defineConfig({
  resolve: { alias: rendererAliases },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    // Needs the built app: `npm run test:package` runs it after the build.
    exclude: [...configDefaults.exclude, 'scripts/package.test.ts'],
    environment: 'node',
    // Each test file works in its own temp folder; files run in parallel on both cores.
    pool: 'forks',
  },
})
