import { expect, test, type ElectronApplication } from '@playwright/test'
import Database from 'better-sqlite3'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addDays } from 'date-fns'
import { openDatabase } from '../src/main/db/database'
import { snapshotDir, snapshotJournal } from '../src/main/backup/snapshots'
import { toIsoDate } from '../src/shared/dates'
import { insertCheckin } from '../testing/diary-rows'
import {
  electronShot,
  electronSkipReason,
  launchUnknot,
  secondLaunch,
  windowState,
} from './harness/electron'
import { pdfPages, pdfText } from './harness/print'
import { openScreen } from './harness/screens'

// The real app in the real Electron binary: run by the desktop workflow on Linux (X11 and
// Wayland), Windows and macOS. Without the binary (our build machines) every test skips.
const skipReason = electronSkipReason()
if (skipReason && !process.env['TEST_WORKER_INDEX']) {
  console.log(
    `[e2e] Skipping the Electron end-to-end suite: ${skipReason}. Run \`npx install-electron\` where it can be downloaded.`,
  )
}

const daysAgo = (n: number) => toIsoDate(addDays(new Date(), -n))

/** A journal folder with a few weeks of check-ins, so Trends and the report have content. */
function diaryFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-electron-'))
  const db = openDatabase(join(dir, 'journal.sqlite'))
  for (let day = 20; day >= 1; day--) {
    insertCheckin(db, { date: daysAgo(day), slot: 'morning', pain: 3 + (day % 4), stiffness: 5 })
    insertCheckin(db, { date: daysAgo(day), slot: 'evening', pain: 2 + (day % 3), stiffness: 3 })
  }
  db.close()
  return dir
}

const folders: string[] = []
function emptyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-electron-'))
  folders.push(dir)
  return dir
}
const running: ElectronApplication[] = []

test.describe('Unknot in Electron', () => {
  test.skip(skipReason !== undefined, skipReason ?? '')

  test.afterEach(async () => {
    for (const app of running.splice(0)) await app.close().catch(() => undefined)
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  test('first launch: the welcome, then Today; a check-in survives a restart', async () => {
    const dir = emptyFolder()
    const first = await launchUnknot(dir)
    running.push(first.app)
    const { page } = first
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Unknot')
    expect(page.url()).toBe('app://unknot/index.html')
    // Sandboxed, isolated page: no Node globals, only the frozen bridge.
    expect(
      await page.evaluate(() => [
        typeof (window as unknown as { require?: unknown }).require,
        typeof (window as unknown as { process?: unknown }).process,
        Object.isFrozen(window.journal),
      ]),
    ).toEqual(['undefined', 'undefined', true])
    await page.getByRole('button', { name: 'Skip the welcome' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')

    const evening = page.getByRole('region', { name: 'Evening check-in' })
    const choose = (group: string, option: string | RegExp) =>
      evening.getByRole('group', { name: group }).getByRole('radio', { name: option }).check()
    await choose('Pain right now', /^3$/)
    await choose('Stiffness right now', /^4$/)
    await choose('Spasms since the last check-in', /^0/)
    await evening.getByRole('button', { name: 'Save evening check-in' }).click()
    await expect(evening.getByText('✓ Saved')).toBeVisible()
    await electronShot(page, 'today')
    await first.app.close()
    running.length = 0

    const again = await launchUnknot(dir)
    running.push(again.app)
    await expect(again.page.getByRole('heading', { level: 1 })).toHaveText('Today')
    await expect(
      again.page.getByRole('region', { name: 'Evening check-in' }).getByText('✓ Saved'),
    ).toBeVisible()
    await again.app.close()
    running.length = 0
    const db = new Database(join(dir, 'journal.sqlite'), { readonly: true })
    expect(db.prepare('SELECT slot, pain, stiffness FROM checkins').all()).toEqual([
      { slot: 'evening', pain: 3, stiffness: 4 },
    ])
    db.close()
  })

  test('a second launch brings the first window back; another folder opens its own', async () => {
    const dir = emptyFolder()
    const { app } = await launchUnknot(dir)
    running.push(app)
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide())
    expect(await windowState(app)).toMatchObject({ count: 1, visible: false })
    // The second start hands over to the first and quits.
    expect(await secondLaunch(dir)).toBe(0)
    await expect.poll(() => windowState(app)).toMatchObject({ count: 1, visible: true })

    const other = await launchUnknot(emptyFolder())
    running.push(other.app)
    await expect(other.page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await windowState(app)).toMatchObject({ count: 1 })
    expect(await windowState(other.app)).toMatchObject({ count: 1, visible: true })
  })

  test('Trends, and the report exported to PDF with zero margins', async () => {
    const dir = diaryFolder()
    folders.push(dir)
    const { app, page } = await launchUnknot(dir)
    running.push(app)
    await openScreen(page, 'Trends')
    await electronShot(page, 'trends')
    await openScreen(page, 'Report')
    await electronShot(page, 'report')

    const pdf = join(dir, 'report.pdf')
    // The save dialog is native: answered in main. printToPDF's options are recorded on the way.
    await app.evaluate(({ dialog, webContents }, file) => {
      const record = globalThis as { printOptions?: unknown }
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: file })
      for (const contents of webContents.getAllWebContents()) {
        const print = contents.printToPDF.bind(contents)
        contents.printToPDF = (options) => {
          record.printOptions = options
          return print(options)
        }
      }
    }, pdf)
    await page.getByRole('button', { name: 'Export PDF' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'PDF saved' })).toBeVisible()
    expect(
      await app.evaluate(
        () => (globalThis as { printOptions?: { margins?: unknown } }).printOptions,
      ),
    ).toMatchObject({ margins: { top: 0, bottom: 0, left: 0, right: 0 }, printBackground: true })
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1)
    const text = pdfText(pdf)
    expect(text).toContain('Morning pain')
    expect(text).toContain('Evening pain')
    expect(text).not.toContain('Export PDF')
  })

  test('closing keeps Unknot in the tray with a running timer, or quits without a tray', async () => {
    const dir = emptyFolder()
    const { app, page } = await launchUnknot(dir)
    running.push(app)
    await page.getByRole('button', { name: 'Skip the welcome' }).click()
    const desktop = await page.evaluate(() => window.journal.reminders.save({ keepInTray: true }))
    if (!desktop.ok) throw new Error(desktop.error.message)

    if (!desktop.value.trayAvailable) {
      // A Linux desktop without a StatusNotifier host (the CI's bare X server): no tray, so
      // Settings says so and closing the window quits.
      await openScreen(page, 'Settings')
      await expect(page.getByText('This desktop shows no tray icons')).toBeVisible()
      const exited = new Promise((resolve) => app.process().once('exit', resolve))
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
      await exited
      running.length = 0
      return
    }

    await openScreen(page, 'Treatments')
    const timers = page.getByRole('region', { name: 'Guided timers' })
    await timers.getByRole('radio', { name: /^Slow breathing/ }).check()
    await timers.getByLabel('Breathe for').selectOption('1')
    await timers.getByRole('button', { name: 'Start slow breathing' }).click()
    await timers
      .getByRole('group', { name: 'Pain before you start' })
      .getByRole('radio', { name: /^6$/ })
      .check()
    await timers.getByRole('button', { name: 'Start slow breathing' }).click()
    const time = timers.locator('.timer-running__time')
    await expect(time).toBeVisible()

    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
    expect(await windowState(app)).toMatchObject({ count: 1, visible: false, destroyed: false })
    const hiddenAt = await time.textContent()
    expect(await secondLaunch(dir)).toBe(0)
    await expect.poll(() => windowState(app)).toMatchObject({ visible: true })
    // The same page, its timer still counting.
    await expect(time).toBeVisible()
    await expect.poll(() => time.textContent()).not.toBe(hiddenAt)
  })

  test('a reminder due now comes as a notification, or in the window', async () => {
    const dir = emptyFolder()
    const { app, page } = await launchUnknot(dir)
    running.push(app)
    await page.getByRole('button', { name: 'Skip the welcome' }).click()
    await app.evaluate(({ Notification }) => {
      const shown: string[] = []
      ;(globalThis as { shown?: string[] }).shown = shown
      type Shown = InstanceType<typeof Notification>
      const show: (this: Shown) => void = Reflect.get(Notification.prototype, 'show')
      Notification.prototype.show = function (this: Shown) {
        shown.push(this.title)
        show.call(this)
      }
    })
    // Due since midnight, and not recorded: it comes at once.
    const saved = await page.evaluate(() =>
      window.journal.reminders.save({
        reminders: {
          morning: { enabled: true, time: '00:00' },
          evening: { enabled: false, time: '21:00' },
        },
      }),
    )
    expect(saved.ok).toBe(true)
    const said = async () => {
      const shown = await app.evaluate(() => (globalThis as { shown?: string[] }).shown ?? [])
      const inWindow = await page.locator('.notices').textContent()
      return shown.includes('Morning check-in') || (inWindow ?? '').includes('Morning check-in')
    }
    await expect.poll(said).toBe(true)
  })

  test('a damaged journal opens on the recovery screen', async () => {
    const dir = emptyFolder()
    const file = join(dir, 'journal.sqlite')
    const db = openDatabase(file)
    insertCheckin(db, { date: daysAgo(2), slot: 'morning', pain: 4, stiffness: 3 })
    snapshotJournal(db, snapshotDir(file), 'daily', new Date(Date.now() - 3_600_000))
    db.close()
    const bytes = readFileSync(file)
    bytes.fill(0x5a, 4096)
    writeFileSync(file, bytes)

    const { app, page } = await launchUnknot(dir)
    running.push(app)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/damaged/i)
    await expect(page.getByText(file, { exact: true })).toBeVisible()
    await expect(
      page.getByRole('button', { name: 'Open the newest automatic backup' }),
    ).toBeVisible()
    await electronShot(page, 'recovery')
  })
})
