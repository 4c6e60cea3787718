import { defineConfig, type Project } from '@playwright/test'
import { findChromium } from './e2e/harness/chromium'

/**
 * The built renderer in Chromium (global-setup.ts prints which). The tests run in its headless
 * shell where it is installed, as Playwright runs headless tests in its own download; the page
 * bench runs in the desktop browser, the nearest to Electron's (docs/testing.md).
 */
export function rendererProject({ headlessShell }: { headlessShell: boolean }): Project {
  const browser = findChromium(process.env, { headlessShell })
  return {
    name: 'renderer',
    testIgnore: /(electron|packaged)\.spec\.ts/,
    metadata: { chromium: browser.source },
    use: {
      browserName: 'chromium',
      launchOptions: {
        ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
        // Quiet, offline Chromium: this machine has no network and needs none.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    },
  }
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  globalSetup: './e2e/harness/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    // A screen state that cannot be entered fails in seconds, not at the test timeout.
    actionTimeout: 30_000,
    viewport: { width: 1280, height: 900 },
    // The window and main's side of the harness write dates as in the UK unless a spec says.
    locale: 'en-GB',
    // Recording a trace costs every test a tenth of its time; CI keeps no files, so it records
    // none (.ci/run; docs/testing.md).
    trace: process.env['UNKNOT_E2E_TRACE'] === 'off' ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    rendererProject({ headlessShell: true }),
    // The real app in Electron, and the packaged app: they skip, saying why, without the binary.
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
    { name: 'packaged', testMatch: /packaged\.spec\.ts/ },
  ],
})
