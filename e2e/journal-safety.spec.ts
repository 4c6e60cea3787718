import type { Page } from '@playwright/test'
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { addDays } from 'date-fns'
import { toIsoDate } from '../src/shared/dates'
import { openDatabase } from '../src/main/db/database'
import { snapshotDir, snapshotJournal } from '../src/main/backup/snapshots'
import { insertCheckin } from '../testing/diary-rows'
import { layStrayWal, makeReadOnly } from '../testing/journal-files'
import { makeTempDir, openTempJournal, type TempJournal } from '../testing/temp-diary'
import { expect, loadApp, screenshot, screenshotBothThemes, test } from './harness/fixtures'
import { openScreen } from './harness/screens'

const SIZES = [
  { width: 1280, height: 900 },
  { width: 720, height: 560 },
] as const
/** A recent date, so the Journal's default range shows it. */
const daysAgo = (n: number) => toIsoDate(addDays(new Date(), -n))
const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000)

/** A journal with two check-ins and an automatic snapshot of them, then damaged. */
function damagedWithBackup(file: string): void {
  const db = openDatabase(file)
  insertCheckin(db, { date: daysAgo(2), slot: 'morning', pain: 4, stiffness: 3 })
  insertCheckin(db, { date: daysAgo(1), slot: 'evening', pain: 6, stiffness: 2 })
  snapshotJournal(db, snapshotDir(file), 'daily', hoursAgo(1))
  db.close()
  const bytes = readFileSync(file)
  bytes.fill(0x5a, 4096)
  writeFileSync(file, bytes)
}

/**
 * A journal whose WAL (six saves a crash left in it) is damaged in its second frame: the saves
 * after it cannot be read. An automatic snapshot of the first two check-ins lies beside it.
 */
function damagedWal(file: string): void {
  const build = makeTempDir()
  const built = join(build, 'journal.sqlite')
  const db = openDatabase(built)
  insertCheckin(db, { date: daysAgo(9), slot: 'morning', pain: 4, stiffness: 3 })
  insertCheckin(db, { date: daysAgo(8), slot: 'evening', pain: 6, stiffness: 2 })
  snapshotJournal(db, snapshotDir(file), 'daily', hoursAgo(30))
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.pragma('wal_autocheckpoint = 0')
  for (let i = 7; i > 1; i--) {
    insertCheckin(db, { date: daysAgo(i), slot: 'evening', pain: 3, stiffness: 2 })
  }
  copyFileSync(built, file)
  const wal = readFileSync(`${built}-wal`)
  db.close()
  rmSync(build, { recursive: true, force: true })
  const secondFrame = 32 + (24 + 4096) + 24 + 300
  wal[secondFrame] = (wal[secondFrame] ?? 0) ^ 0xff
  writeFileSync(`${file}-wal`, wal)
}

/** A journal with entries and a backup of them, then emptied to 0 bytes (a sync tool's doing). */
function emptiedWithBackup(file: string): void {
  const db = openDatabase(file)
  insertCheckin(db, { date: daysAgo(2), slot: 'morning', pain: 4, stiffness: 3 })
  snapshotJournal(db, snapshotDir(file), 'daily', hoursAgo(1))
  db.close()
  writeFileSync(file, '')
}

async function show(page: Page, t: TempJournal, size: (typeof SIZES)[number]) {
  await page.setViewportSize(size)
  await page.emulateMedia({ colorScheme: 'light' })
  await loadApp(page, t.ctx)
}

let journal: TempJournal | undefined
test.afterEach(() => journal?.close())

// Each with its screenshots in light and dark (docs/testing.md: the dark theme swaps colours only).
for (const size of SIZES) {
  test(`journal repair screen for a damaged journal, ${size.width}`, async ({ page }) => {
    journal = openTempJournal({ prepare: damagedWithBackup })
    await show(page, journal, size)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your journal is damaged.' }),
    ).toBeVisible()
    await expect(page.getByText(journal.file, { exact: true })).toBeVisible()
    const ways = page.getByRole('list').getByRole('button')
    await expect(ways).toHaveText([
      'Open the newest automatic backup',
      'Restore from a backup file…',
      'Set the file aside and start a new journal',
      'Quit Unknot',
    ])
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
    await screenshotBothThemes(
      page,
      (theme) => `safety/journal-repair-damaged-${theme}-${size.width}`,
    )
  })
}

for (const size of SIZES) {
  test(`journal repair screen for a damaged WAL, ${size.width}`, async ({ page }) => {
    journal = openTempJournal({ prepare: damagedWal })
    await show(page, journal, size)
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: "The log of your journal's recent changes is damaged.",
      }),
    ).toBeVisible()
    await expect(page.getByText(/changes after .+ cannot be read/)).toBeVisible()
    await expect(page.getByRole('list').getByRole('button')).toHaveText([
      'Keep the journal without the changes that cannot be read',
      'Open the newest automatic backup',
      'Quit Unknot',
    ])
    await screenshotBothThemes(
      page,
      (theme) => `safety/journal-repair-damaged-wal-${theme}-${size.width}`,
    )
  })
}

test('a damaged WAL: keep the journal without the unreadable changes', async ({ page }) => {
  journal = openTempJournal({ prepare: damagedWal })
  await loadApp(page, journal.ctx)
  await page
    .getByRole('button', { name: 'Keep the journal without the changes that cannot be read' })
    .click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: 'changes that could not be read' }),
  ).toBeVisible()
  await screenshot(page, 'safety/repaired-damaged-wal')
})

test('an emptied journal beside its backups is damaged, not new', async ({ page }) => {
  journal = openTempJournal({ prepare: emptiedWithBackup })
  await loadApp(page, journal.ctx)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your journal is damaged.' }),
  ).toBeVisible()
  await expect(page.getByText(/is empty \(0 bytes\)/)).toBeVisible()
  await screenshot(page, 'safety/journal-repair-emptied')
  await page.getByRole('button', { name: 'Open the newest automatic backup' }).click()
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await expect(page.getByRole('article')).toHaveCount(1)
})

test('the newest automatic backup opens the journal again, the damaged file kept', async ({
  page,
}) => {
  journal = openTempJournal({ prepare: damagedWithBackup })
  await loadApp(page, journal.ctx)
  await page.getByRole('button', { name: 'Open the newest automatic backup' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'was restored' })).toBeVisible()
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await expect(page.getByRole('article')).toHaveCount(2)
  await screenshot(page, 'safety/repaired-journal')
})

test('a stray WAL: set it aside and the journal opens as it was', async ({ page }) => {
  journal = openTempJournal({
    prepare: (file) => {
      const db = openDatabase(file)
      insertCheckin(db, { date: daysAgo(2), slot: 'morning', pain: 4, stiffness: 3 })
      db.close()
      layStrayWal(file)
    },
  })
  await loadApp(page, journal.ctx)
  await expect(
    page.getByRole('heading', { name: 'A file beside your journal does not belong to it.' }),
  ).toBeVisible()
  await screenshot(page, 'safety/journal-repair-stray-wal')
  await page.getByRole('button', { name: 'Set the stray file aside and open the journal' }).click()
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await expect(page.getByRole('article')).toHaveCount(1)
})

test('a file that is not a journal: quitting leaves everything as it is', async ({ page }) => {
  journal = openTempJournal({ prepare: (file) => writeFileSync(file, 'not a journal at all') })
  await loadApp(page, journal.ctx)
  await expect(
    page.getByRole('heading', { name: 'The journal file is not an Unknot journal.' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Quit Unknot' }).click()
  await expect(page.getByText('Unknot is closing.')).toBeVisible()
  expect(journal.services.quits).toBe(1)
})

test('a read-only journal says so on every screen and offers no save', async ({ page }) => {
  const ro = makeTempDir()
  const made = makeReadOnly(ro, (dir) => {
    const db = openDatabase(join(dir, 'journal.sqlite'))
    insertCheckin(db, { date: daysAgo(2), slot: 'morning', pain: 4, stiffness: 3 })
    db.close()
  })
  if (!made) throw new Error('This machine can neither mount a read-only disk nor use file modes.')
  test.info().annotations.push({ type: 'read-only journal', description: made.how })
  try {
    const t = openTempJournal({ dir: ro })
    try {
      // Each size walked once, in light; Today pictured in both themes (docs/testing.md).
      for (const size of SIZES) {
        await page.setViewportSize(size)
        if (size === SIZES[0]) await loadApp(page, t.ctx)
        else await page.reload()
        await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
        for (const name of [
          'Today',
          'Journal',
          'Episodes',
          'Treatments',
          'Trends',
          'Report',
          'Settings',
        ]) {
          await openScreen(page, name)
          await expect(page.getByText('Read-only journal.')).toBeVisible()
        }
        await openScreen(page, 'Today')
        await screenshotBothThemes(page, (theme) => `safety/read-only-today-${theme}-${size.width}`)
      }
      // Every save button on Today is switched off, and nothing reaches main.
      const saves = page.getByRole('button', { name: /^Save/ })
      expect(await saves.count()).toBeGreaterThan(0)
      for (const button of await saves.all()) await expect(button).toBeDisabled()
      await openScreen(page, 'Journal')
      await expect(page.getByRole('button', { name: /^Delete/ }).first()).toBeDisabled()
    } finally {
      t.close()
    }
  } finally {
    made.release()
    rmSync(ro, { recursive: true, force: true })
  }
})

for (const size of SIZES) {
  test(`Settings lists automatic backups and restores one, ${size.width}`, async ({
    app,
    diary,
  }) => {
    insertCheckin(diary.db, { date: daysAgo(2), slot: 'morning', pain: 4, stiffness: 3 })
    snapshotJournal(diary.db, snapshotDir(diary.file), 'daily', hoursAgo(3))
    diary.db.exec('UPDATE checkins SET pain = 9')
    snapshotJournal(diary.db, snapshotDir(diary.file), 'before-restore', hoursAgo(1))
    await app.setViewportSize(size)
    await openScreen(app, 'Settings')
    const section = app.getByRole('region', { name: 'Automatic backups' })
    await expect(section.getByRole('row')).toHaveCount(3)
    await expect(section.getByRole('row').nth(1)).toContainText('Before a restore')
    await expect(section.getByRole('row').nth(2)).toContainText('Daily')
    await section
      .getByRole('row')
      .nth(2)
      .getByRole('button', { name: /^Restore/ })
      .click()
    await screenshotBothThemes(app, (theme) => `safety/settings-backups-${theme}-${size.width}`)
    await section.getByRole('button', { name: 'Yes, restore it' }).click()
    await expect(section.getByRole('status')).toContainText('Diary restored (')
    await expect(section.getByRole('status')).toContainText('1 check-ins')
    expect(diary.db.prepare('SELECT pain FROM checkins').pluck().all()).toEqual([4])
  })
}
