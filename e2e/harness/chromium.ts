import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'

export const CHROMIUM_ENV = 'UNKNOT_CHROMIUM'
const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`): the same Blink and V8 without
 * the desktop browser around them, which is what Playwright itself runs headless tests in. The
 * suite takes about 40% less time in it (docs/testing.md).
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell'

export interface FoundChromium {
  /** undefined means Playwright's own downloaded browser. */
  executablePath: string | undefined
  source: string
}

/**
 * Picks a Chromium: $UNKNOT_CHROMIUM, then the system's (its headless shell first when
 * `headlessShell`), then Playwright's download.
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  { headlessShell = false }: { headlessShell?: boolean } = {},
): FoundChromium {
  const fromEnv = env[CHROMIUM_ENV]
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${CHROMIUM_ENV}=${fromEnv} does not exist.`)
    return { executablePath: fromEnv, source: `${CHROMIUM_ENV} (${fromEnv})` }
  }
  const candidates = headlessShell ? [HEADLESS_SHELL, ...SYSTEM_BROWSERS] : SYSTEM_BROWSERS
  const system = candidates.find((p) => existsSync(p))
  if (system) {
    const what = system === HEADLESS_SHELL ? "the system's headless shell" : 'the system browser'
    return { executablePath: system, source: `${what} (${system})` }
  }
  let downloaded: string | undefined
  try {
    downloaded = chromium.executablePath()
  } catch {
    downloaded = undefined
  }
  if (downloaded && existsSync(downloaded)) {
    return { executablePath: undefined, source: `Playwright's download (${downloaded})` }
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Either set UNKNOT_CHROMIUM=/path/to/chromium, ' +
      'install Debian/Ubuntu Chromium (sudo apt-get install chromium), ' +
      'or let Playwright fetch its own (npx playwright install chromium).',
  )
}
