import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { openDatabase } from '../db/database'
import { migrations } from '../db/migrations'
import type { Migration } from '../db/migrations/migration'
import { exportBackup } from '../backup/backup.repo'
import { snapshotDir } from '../backup/snapshots'
import { insertCheckin } from '../../../testing/diary-rows'
import { expectRefused } from '../../../testing/expect-refused'
import { sha, smallDisk } from '../../../testing/journal-files'
import {
  makeTempDir,
  openTempJournal,
  type TempDiary,
  type TempJournal,
} from '../../../testing/temp-diary'

/*
 * A full disk is not a damaged journal: the journal says so, offers to try again once there is
 * room, and never offers to replace a healthy file. Where this process may mount one, the disk
 * is a small tmpfs filled to the brim (a real ENOSPC / SQLITE_FULL); elsewhere SQLite's own page
 * limit makes the writes fail with the same SQLITE_FULL.
 */

const NOW = new Date('2026-04-10T09:00:00Z')
let opened: TempJournal | undefined
let release: (() => void) | undefined
afterEach(() => {
  opened?.close()
  opened = undefined
  release?.()
  release = undefined
})

/** A journal from before the latest migration, with a year of check-ins. */
function olderJournal(file: string, withMigrations: readonly Migration[]): void {
  const db = openDatabase(file, { migrations: withMigrations })
  db.transaction(() => {
    for (let i = 0; i < 365; i++) {
      const date = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10)
      insertCheckin(db, {
        date,
        slot: 'morning',
        pain: i % 11,
        stiffness: 3,
        notes: 'n'.repeat(200),
      })
    }
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

/** Fills the disk holding `dir` until not even a small file fits. */
function fill(dir: string): void {
  for (const [size, prefix] of [
    [64 * 1024, 'big'],
    [1024, 'small'],
  ] as const) {
    for (let i = 0; ; i++) {
      try {
        writeFileSync(join(dir, `${prefix}-${i}.filler`), Buffer.alloc(size))
      } catch {
        break
      }
    }
  }
}

function makeRoom(dir: string): void {
  for (const name of readdirSync(dir)) if (name.endsWith('.filler')) rmSync(join(dir, name))
}

it('a journal that cannot be updated on a full disk says so, offers to try again, and opens once there is room', async () => {
  const mount = makeTempDir('unknot-disk-')
  const disk = smallDisk(mount, 2 * 1024 * 1024)
  let full = true
  // Without a mount, the migration itself runs out of room: SQLite's page limit, same error.
  const last = migrations[migrations.length - 1] as Migration
  const outOfRoom: Migration = {
    ...last,
    up(db) {
      if (full) {
        db.pragma(`max_page_count = ${String(db.pragma('page_count', { simple: true }))}`)
        db.exec('CREATE TABLE filler (x BLOB); INSERT INTO filler VALUES (randomblob(1000000))')
      }
      last.up(db)
    },
  }
  release = disk?.release
  let before = ''
  const t = openTempJournal({
    now: () => NOW,
    ...(disk ? { dir: mount } : { migrations: [...migrations.slice(0, -1), outOfRoom] }),
    prepare: (file, dir) => {
      olderJournal(file, migrations.slice(0, -1))
      if (disk) fill(dir)
      before = sha(file)
    },
  })
  opened = t
  console.info(`full-disk open: ${disk ? 'a 2 MB tmpfs filled up' : 'SQLite page limit'}`)
  const status = await t.call('journal:status')
  expect(status).toMatchObject({
    ok: true,
    value: {
      state: 'unavailable',
      problem: 'disk_full',
      actions: ['retry', 'quit'],
      message: expect.stringMatching(/disk .*full/) as string,
    },
  })
  expect(sha(t.file)).toBe(before)
  for (const channel of ['recovery:startNew', 'recovery:restoreFile']) {
    expect(await t.call(channel), channel).toMatchObject({ ok: false, error: { code: 'conflict' } })
  }

  if (disk) makeRoom(mount)
  full = false
  expect(await t.call('recovery:retry')).toMatchObject({
    ok: true,
    value: { status: { state: 'open' } },
  })
  expect(t.journal.db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(365)
})

it('a save or a restore on a full disk says the disk is full and changes nothing', async () => {
  const mount = makeTempDir('unknot-disk-')
  const disk = smallDisk(mount, 2 * 1024 * 1024)
  release = disk?.release
  const j = openTempJournal({
    now: () => NOW,
    ...(disk ? { dir: mount } : {}),
    prepare: (file) => {
      const db = openDatabase(file)
      insertCheckin(db, { date: '2026-04-01', slot: 'morning', pain: 4, stiffness: 2 })
      db.close()
    },
  })
  const diary: TempDiary = { ...j, db: j.journal.db }
  opened = j
  // A backup larger than the journal: restoring it needs room the disk does not have.
  diary.db.transaction(() => {
    for (let day = 1; day <= 28; day++) {
      const date = `2026-03-${String(day).padStart(2, '0')}`
      insertCheckin(diary.db, {
        date,
        slot: 'morning',
        pain: 3,
        stiffness: 2,
        notes: 'b'.repeat(1500),
      })
    }
  })()
  const backup = join(makeTempDir(), 'backup.json')
  writeFileSync(backup, JSON.stringify(exportBackup(diary.db, NOW)))
  diary.db.exec("DELETE FROM checkins WHERE date LIKE '2026-03-%'; VACUUM")
  if (disk) fill(mount)
  else
    diary.db.pragma(`max_page_count = ${String(diary.db.pragma('page_count', { simple: true }))}`)
  console.info(`full-disk saves: ${disk ? 'a 2 MB tmpfs filled up' : 'SQLite page limit'}`)

  // Saves fit while SQLite still has free pages; the first that does not is refused whole.
  let refused: string | undefined
  for (let day = 1; day <= 28 && refused === undefined; day++) {
    const input = {
      date: `2026-02-${String(day).padStart(2, '0')}`,
      slot: 'morning',
      pain: 5,
      stiffness: 2,
      spasmFrequency: 0,
      notes: 'x'.repeat(1900),
    }
    const result = await diary.call('checkins:save', input)
    if (!result.ok)
      refused = await expectRefused(diary, 'checkins:save', input, { code: 'unavailable' })
  }
  expect(refused).toMatch(/disk is full.*nothing was changed/i)

  diary.services.nextOpenPath = backup
  const restore = await expectRefused(diary, 'backup:restore', undefined, { code: 'unavailable' })
  expect(restore).toMatch(/disk is full/i)
  expect(existsSync(snapshotDir(diary.file))).toBe(false)
})
