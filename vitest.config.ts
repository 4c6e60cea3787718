import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Each test file works in its own temp folder; files run in parallel on both cores.
    pool: 'forks',
  },
})
