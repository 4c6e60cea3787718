import { defineConfig } from '@playwright/test'
import base, { rendererProject } from './playwright.config'

/** `npm run bench:page`: timing runs that PRINT numbers; never part of `npm test`. */
export default defineConfig({
  ...base,
  testDir: 'e2e/bench',
  testMatch: /.*\.bench\.ts/,
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  // A trace records DOM snapshots in the page around every call: work the app does not do.
  use: { ...base.use, trace: 'off' },
  // The desktop browser, as in every earlier table, not the tests' headless shell.
  projects: [rendererProject({ headlessShell: false })],
})
