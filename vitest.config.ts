import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Needs the built app: `npm run test:package` runs it after the build.
    exclude: [...configDefaults.exclude, 'scripts/package.test.ts'],
    environment: 'node',
    // Each test file works in its own temp folder; files run in parallel on both cores.
    pool: 'forks',
  },
})
