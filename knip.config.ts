import type { KnipConfig } from 'knip'

/**
 * The dead-code gate of `npm run lint`: no file, export or dependency that nothing uses. Knip's
 * plugins read the entry points from electron-vite, vitest, Playwright and ESLint's configs.
 */
const config: KnipConfig = {
  entry: [
    // Bundled by e2e/harness/global-setup.ts through vite's build() as the page's bridge.
    'e2e/harness/bridge-entry.ts',
    // Types for the start scripts (scripts/*.mjs) when TypeScript files import them.
    'scripts/*.d.mts',
    // Started as a child process by testing/crash-trials.ts, to be killed mid-save.
    'testing/crash-child.ts',
  ],
  // System tools, not npm packages: Poppler for the PDF tests, mkfifo/mount/umount for the
  // special-file, full-disk and read-only journal tests.
  ignoreBinaries: ['pdftotext', 'pdfinfo', 'pdftoppm', 'mkfifo', 'mount', 'umount'],
  // A constant or schema exported and used in its own file is named for readers and tests.
  ignoreExportsUsedInFile: true,
}

export default config
