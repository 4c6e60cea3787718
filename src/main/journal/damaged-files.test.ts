import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { addDays } from 'date-fns'
import { afterEach, describe, expect, it } from 'vitest'
import { toIsoDate } from '../../shared/dates'
import { openDatabase, type DB } from '../db/database'
import { scanWal } from '../db/wal-scan'
import { snapshotDir, snapshotJournal } from '../backup/snapshots'
import { insertCheckin } from '../../../testing/diary-rows'
import { folderState, sha } from '../../../testing/journal-files'
import { makeTempDir, openTempJournal, type TempJournal } from '../../../testing/temp-diary'

/**
 * The four ways a damaged file used to open as if nothing happened (issue 22), through the app's
 * real start-up path (JournalSession.open) and the journal repair channels, on real files.
 */

const BASE = 798
const COMMITS = 40
const PAGE = 4096
const FRAME = 24 + PAGE
const NOW = new Date('2026-04-10T09:00:00Z')

let opened: TempJournal | undefined
afterEach(() => opened?.close())

const day = (i: number) => toIsoDate(addDays(new Date(2020, 0, 1), i))

function addCheckins(db: DB, from: number, count: number): void {
  for (let i = from; i < from + count; i++) {
    insertCheckin(db, { date: day(i), slot: 'evening', pain: 3, stiffness: 2 })
  }
}

/**
 * A journal of BASE check-ins in its file and COMMITS more, one per transaction, in its WAL: the
 * pair a SIGKILL leaves (copied while the writer is still open). With `backup`, an automatic
 * snapshot of the BASE check-ins lies beside it.
 */
function journalWithWal(file: string, backup: boolean): Buffer {
  const build = makeTempDir()
  const built = join(build, 'journal.sqlite')
  const db = openDatabase(built)
  db.transaction(() => addCheckins(db, 0, BASE))()
  if (backup) snapshotJournal(db, snapshotDir(file), 'daily', new Date('2026-04-09T08:00:00Z'))
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.pragma('wal_autocheckpoint = 0')
  addCheckins(db, BASE, COMMITS)
  copyFileSync(built, file)
  copyFileSync(`${built}-wal`, `${file}-wal`)
  db.close()
  rmSync(build, { recursive: true, force: true })
  return readFileSync(`${file}-wal`)
}

/** Check-ins in the journal as SQLite alone would open it (from a private copy). */
function sqliteSees(file: string): number {
  const copy = makeTempDir()
  try {
    for (const suffix of ['', '-wal']) {
      if (existsSync(`${file}${suffix}`)) {
        copyFileSync(`${file}${suffix}`, join(copy, `j.sqlite${suffix}`))
      }
    }
    const db = new Database(join(copy, 'j.sqlite'))
    const n = db.prepare('SELECT count(*) FROM checkins').pluck().get() as number
    db.close()
    return n
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

function flipWalByte(file: string, at: number): void {
  const bytes = readFileSync(`${file}-wal`)
  bytes[at] = (bytes[at] ?? 0) ^ 0xff
  writeFileSync(`${file}-wal`, bytes)
}

const frames = (file: string) => Math.floor((statSync(`${file}-wal`).size - 32) / FRAME)
const frameData = (i: number) => 32 + i * FRAME + 24 + 200

function count(t: TempJournal): number {
  return t.journal.db.prepare('SELECT count(*) FROM checkins').pluck().get() as number
}

async function value(t: TempJournal, channel: string): Promise<{ message: string }> {
  const result = await t.call(channel)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as { message: string }
}

/** Opens the journal in `prepare`d state and proves the folder (and backups) unchanged after. */
function openUnavailable(
  prepare: (file: string) => void,
  problem: string,
): { t: TempJournal; before: Record<string, string>; backupsBefore: Record<string, string> } {
  const dir = makeTempDir()
  const file = join(dir, 'journal.sqlite')
  prepare(file)
  const before = folderState(dir)
  const backupsBefore = existsSync(snapshotDir(file)) ? folderState(snapshotDir(file)) : {}
  const t = openTempJournal({ dir, now: () => NOW, automaticBackups: true })
  opened = {
    ...t,
    close: () => {
      t.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  const status = t.journal.status()
  expect(status).toMatchObject({ state: 'unavailable', problem })
  // Asking again, and trying again, writes nothing either.
  t.journal.open()
  expect(folderState(dir)).toEqual(before)
  expect(existsSync(snapshotDir(file)) ? folderState(snapshotDir(file)) : {}).toEqual(backupsBefore)
  return { t, before, backupsBefore }
}

describe('a WAL damaged in the middle', () => {
  const damage = (backup: boolean) => (file: string) => {
    journalWithWal(file, backup)
    expect(frames(file)).toBeGreaterThan(60)
    flipWalByte(file, frameData(20))
  }

  it('was replayed only up to the damage by SQLite, silently', () => {
    const dir = makeTempDir()
    const file = join(dir, 'journal.sqlite')
    damage(false)(file)
    const seen = sqliteSees(file)
    expect(seen).toBeGreaterThan(BASE)
    expect(seen).toBeLessThan(BASE + COMMITS)
    rmSync(dir, { recursive: true, force: true })
  })

  it('makes the journal unavailable, names the lost changes, and changes nothing', () => {
    const { t } = openUnavailable(damage(true), 'damaged_wal')
    const status = t.journal.status()
    if (status.state !== 'unavailable') throw new Error('expected unavailable')
    const lost = BASE + COMMITS - sqliteSees(t.file)
    expect(status.message).toMatch(
      new RegExp(
        `^The journal's log of recent changes \\(journal\\.sqlite-wal\\) is damaged\\. ${lost} changes after .+ cannot be read\\.`,
      ),
    )
    expect(status.actions).toEqual(['setAsideDamagedWal', 'openLatestBackup', 'quit'])
  })

  it('keep the journal without them: every readable change stays, the WAL is kept aside', async () => {
    const { t, before } = openUnavailable(damage(false), 'damaged_wal')
    const readable = sqliteSees(t.file)
    const result = await value(t, 'recovery:setAsideDamagedWal')
    expect(t.journal.status()).toMatchObject({ state: 'open' })
    expect(count(t)).toBe(readable)
    const aside = readdirSync(t.dir).find((n) => n.startsWith('journal.sqlite-wal.set-aside-'))
    expect(aside).toBeDefined()
    // The damaged log, byte for byte, under its new name.
    expect(sha(join(t.dir, aside ?? ''))).toBe(before['journal.sqlite-wal'])
    expect(result.message).toContain(aside)
    expect(result.message).toMatch(
      new RegExp(`with the ${BASE + COMMITS - readable} changes that could not be read`),
    )
    // Opened cleanly: a later start finds nothing wrong.
    t.journal.close()
    expect(t.journal.open()).toMatchObject({ state: 'open' })
  })

  it('restore the latest automatic backup: the journal and its WAL are set aside', async () => {
    const { t, before } = openUnavailable(damage(true), 'damaged_wal')
    const result = await value(t, 'recovery:openLatestBackup')
    expect(result.message).toMatch(/was restored/)
    expect(count(t)).toBe(BASE)
    const names = readdirSync(t.dir)
    const file = names.find((n) => /^journal-set-aside-.*\.sqlite$/.test(n)) ?? ''
    expect(sha(join(t.dir, file))).toBe(before['journal.sqlite'])
    expect(sha(join(t.dir, `${file}-wal`))).toBe(before['journal.sqlite-wal'])
  })

  it('quit leaves everything as it was', async () => {
    const { t, before } = openUnavailable(damage(false), 'damaged_wal')
    expect(await value(t, 'recovery:quit')).toEqual({ quitting: true })
    expect(folderState(t.dir)).toEqual(before)
  })
})

describe('a WAL whose header is damaged', () => {
  const damage = (file: string) => {
    journalWithWal(file, true)
    flipWalByte(file, 0) // the magic number
  }

  it('was ignored whole by SQLite, silently', () => {
    const dir = makeTempDir()
    const file = join(dir, 'journal.sqlite')
    damage(file)
    expect(sqliteSees(file)).toBe(BASE)
    rmSync(dir, { recursive: true, force: true })
  })

  it('makes the journal unavailable; keeping it without the log opens what the file holds', async () => {
    const { t, before } = openUnavailable(damage, 'damaged_wal')
    const status = t.journal.status()
    expect(status).toMatchObject({
      message: expect.stringMatching(/is damaged\. 40 changes after .+ cannot be read\./) as string,
    })
    const result = await value(t, 'recovery:setAsideDamagedWal')
    expect(result.message).toMatch(/with the 40 changes that could not be read/)
    expect(count(t)).toBe(BASE)
    const aside = readdirSync(t.dir).find((n) => n.startsWith('journal.sqlite-wal.set-aside-'))
    expect(sha(join(t.dir, aside ?? ''))).toBe(before['journal.sqlite-wal'])
  })
})

describe('damage to the last WAL frame only (a torn write) still opens', () => {
  it.each([
    [
      'cut short',
      (file: string) => truncateSync(`${file}-wal`, statSync(`${file}-wal`).size - 100),
    ],
    ['with a wrong checksum', (file: string) => flipWalByte(file, frameData(frames(file) - 1))],
  ])('the last frame %s: the unfinished write is dropped', (_label, tear) => {
    const dir = makeTempDir()
    const file = join(dir, 'journal.sqlite')
    journalWithWal(file, false)
    tear(file)
    expect(scanWal(readFileSync(`${file}-wal`))).toMatchObject({ damaged: false })
    const t = openTempJournal({ dir, now: () => NOW })
    opened = {
      ...t,
      close: () => {
        t.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
    expect(t.journal.status()).toMatchObject({ state: 'open' })
    expect(count(t)).toBe(BASE + COMMITS - 1)
  })
})

describe('an emptied journal file beside backups of a journal with entries', () => {
  const emptied = (file: string) => {
    const db = openDatabase(file)
    db.transaction(() => addCheckins(db, 0, 30))()
    snapshotJournal(db, snapshotDir(file), 'daily', new Date('2026-04-09T08:00:00Z'))
    db.close()
    writeFileSync(file, '') // what a sync tool or a full disk can leave
  }

  it('is damaged, not a new journal, and nothing is written', () => {
    const { t } = openUnavailable(emptied, 'damaged')
    const status = t.journal.status()
    expect(status).toMatchObject({
      message: expect.stringMatching(/is empty \(0 bytes\).*has 30 entries/) as string,
      actions: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
    })
    expect(statSync(t.file).size).toBe(0)
  })

  it('the latest backup brings the entries back', async () => {
    const { t } = openUnavailable(emptied, 'damaged')
    await value(t, 'recovery:openLatestBackup')
    expect(count(t)).toBe(30)
  })

  it('start new sets the empty file aside', async () => {
    const { t } = openUnavailable(emptied, 'damaged')
    await value(t, 'recovery:startNew')
    expect(count(t)).toBe(0)
    const aside = readdirSync(t.dir).find((n) => /^journal-set-aside-.*\.sqlite$/.test(n))
    expect(statSync(join(t.dir, aside ?? '')).size).toBe(0)
    // And the next start opens the new journal as it is.
    t.journal.close()
    expect(t.journal.open()).toMatchObject({ state: 'open' })
  })

  it('a journal file shorter than its header says is damaged too', () => {
    const { t } = openUnavailable((file) => {
      const db = openDatabase(file)
      db.transaction(() => addCheckins(db, 0, 300))()
      db.close()
      truncateSync(file, 8192)
    }, 'damaged')
    expect(t.journal.status()).toMatchObject({
      message: expect.stringMatching(/cut short/) as string,
    })
  })

  it('an empty file with no backups, or only backups without entries, is a new journal', () => {
    const dir = makeTempDir()
    const file = join(dir, 'journal.sqlite')
    const empty = openDatabase(join(dir, 'other.sqlite'))
    snapshotJournal(empty, snapshotDir(file), 'daily', new Date('2026-04-09T08:00:00Z'))
    empty.close()
    writeFileSync(file, '')
    const t = openTempJournal({ dir, now: () => NOW })
    expect(t.journal.status()).toMatchObject({ state: 'open' })
    t.close()
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('copies a crash left unfinished', () => {
  it('are removed at the next start, once the journal opened whole', () => {
    const dir = makeTempDir()
    const file = join(dir, 'journal.sqlite')
    const db = openDatabase(file)
    addCheckins(db, 0, 5)
    const backups = snapshotDir(file)
    const partial = join(backups, '.journal-before-migration-v5-2026-04-09T08-00-00-000Z.sqlite')
    snapshotJournal(db, backups, 'daily', new Date('2026-04-08T08:00:00Z'))
    db.prepare('VACUUM INTO ?').run(`${partial}.partial`)
    db.close()
    truncateSync(`${partial}.partial`, 4096)
    writeFileSync(`${partial}.partial-journal`, Buffer.alloc(512))
    const t = openTempJournal({ dir, now: () => NOW })
    expect(t.journal.status()).toMatchObject({ state: 'open' })
    expect(readdirSync(backups)).toEqual(['journal-daily-2026-04-08T08-00-00-000Z.sqlite'])
    t.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
