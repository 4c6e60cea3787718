import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { findElectronBinary } from '../../scripts/electron-binary.mjs'
import { ROOT, SCREENSHOTS } from './paths'

/**
 * The Electron end-to-end suite runs the built app in the real Electron binary (the desktop
 * workflow, .github/workflows/desktop.yml). Where the binary cannot be installed (our build
 * machines) it skips, saying why; with UNKNOT_REQUIRE_ELECTRON set (in CI) a missing binary fails.
 */
export const electronBinary = findElectronBinary()
export const MAIN_ENTRY = join(ROOT, 'out', 'main', 'index.js')
/** Screenshots the desktop workflow uploads as artifacts. */
export const ELECTRON_SHOTS = join(ROOT, 'test-results', 'electron')

export function electronSkipReason(): string | undefined {
  if (electronBinary.path) return undefined
  const reason = `Electron binary unavailable: ${electronBinary.reason}`
  if (process.env['UNKNOT_REQUIRE_ELECTRON']) throw new Error(`${reason} (UNKNOT_REQUIRE_ELECTRON)`)
  return reason
}

/** Extra Chromium switches for this run (the workflow's Wayland session passes its own). */
function sessionArgs(): string[] {
  return (process.env['UNKNOT_ELECTRON_ARGS'] ?? '').split(' ').filter(Boolean)
}

export function unknotArgs(dataDir: string): string[] {
  return [...sessionArgs(), MAIN_ENTRY, `--data-dir=${dataDir}`]
}

/** Starts Unknot on a journal folder and waits for its window. */
export async function launchUnknot(
  dataDir: string,
): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    args: unknotArgs(dataDir),
    ...(electronBinary.path ? { executablePath: electronBinary.path } : {}),
  })
  const page = await app.firstWindow()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return { app, page }
}

/**
 * Starts Unknot a second time on a folder, outside Playwright (an instance that hands over to
 * the first one quits before it has a window to attach to); answers its exit code.
 */
export function secondLaunch(dataDir: string): Promise<number | null> {
  const binary = electronBinary.path
  if (!binary) throw new Error('no Electron binary')
  return new Promise((resolve, reject) => {
    const child = spawn(binary, unknotArgs(dataDir), { stdio: 'inherit' })
    child.once('error', reject)
    child.once('exit', (code) => resolve(code))
  })
}

/** Whether the app's one window is shown, and how many windows it has. */
export function windowState(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows()
    const [first] = windows
    return {
      count: windows.length,
      visible: first?.isVisible() ?? false,
      destroyed: first?.isDestroyed() ?? true,
    }
  })
}

export async function electronShot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return
  mkdirSync(ELECTRON_SHOTS, { recursive: true })
  await page.screenshot({ path: join(ELECTRON_SHOTS, `${name}.png`), fullPage: true })
}
