import { defineConfig } from 'vitest/config'
import { rendererAliases } from './electron.vite.config'

export default defineConfig({
  resolve: { alias: rendererAliases },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Each test file works in its own temp folder; files run in parallel on both cores.
    pool: 'forks',
  },
})
