import { _electron, expect, test } from '@playwright/test'
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findElectronBinary } from '../scripts/electron-binary.mjs'
import { ROOT } from './harness/paths'

const electronBinary = findElectronBinary()
if (!electronBinary.path) {
  console.log(
    `[e2e] Skipping the Electron end-to-end test: ${electronBinary.reason}. Run \`npx install-electron\` where it can be downloaded.`,
  )
}

test.describe('the packaged app in Electron', () => {
  test.skip(!electronBinary.path, `Electron binary unavailable: ${electronBinary.reason}`)

  let dir: string
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'unknot-electron-'))
  })
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }))

  test('opens one secure window on the app protocol and saves a check-in to the data folder', async () => {
    const app = await _electron.launch({
      args: [join(ROOT, 'out', 'main', 'index.js'), `--data-dir=${dir}`],
      ...(electronBinary.path ? { executablePath: electronBinary.path } : {}),
    })
    try {
      const page = await app.firstWindow()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
      expect(page.url()).toBe('app://unknot/index.html')

      // Sandboxed, isolated page: no Node globals, only the frozen bridge.
      expect(
        await page.evaluate(() => [
          typeof (window as unknown as { require?: unknown }).require,
          typeof (window as unknown as { process?: unknown }).process,
          Object.isFrozen(window.journal),
        ]),
      ).toEqual(['undefined', 'undefined', true])

      // window.open and navigation are denied: still one window, still on the app.
      await page.evaluate(() => window.open('https://example.com'))
      await page.evaluate(() => {
        window.location.href = 'https://example.com'
      })
      await page.waitForTimeout(500)
      expect(app.windows()).toHaveLength(1)
      expect(page.url()).toBe('app://unknot/index.html')

      const saved = await page.evaluate(() =>
        window.journal.checkins.save({
          date: new Date().toLocaleDateString('sv-SE'),
          slot: 'evening',
          pain: 3,
          stiffness: 4,
          spasmFrequency: 0,
        }),
      )
      expect(saved.ok).toBe(true)
    } finally {
      await app.close()
    }
    const db = new Database(join(dir, 'journal.sqlite'), { readonly: true })
    expect(db.prepare('SELECT pain FROM checkins').pluck().all()).toEqual([3])
    db.close()
  })
})
