import { defineConfig } from 'vitest/config'

// The packaging test needs the built app in out/, so `npm test` runs it after the build.
export default defineConfig({
  test: {
    include: ['scripts/package.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
