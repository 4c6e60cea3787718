import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { insertCheckin } from '../../../testing/diary-rows'
import { makeTempDir } from '../../../testing/temp-diary'
import { migrations } from '../db/migrations'
import type { Migration } from '../db/migrations/migration'
import { snapshotDir } from '../backup/snapshots'
import { openSqlite } from '../db/sqlite'
import { JournalSession } from './journal-session'

let dir: string
beforeEach(() => {
  dir = makeTempDir()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('checkpoints and truncates the WAL periodically while the journal is open', async () => {
  const file = join(dir, 'journal.sqlite')
  const journal = new JournalSession({
    file,
    now: () => new Date(),
    automaticBackups: false,
    maintenanceEveryMs: 20,
  })
  journal.open()
  try {
    journal.db.pragma('wal_autocheckpoint = 0')
    insertCheckin(journal.db, { date: '2026-01-01', slot: 'morning', pain: 2, stiffness: 2 })
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0)
    await vi.waitFor(() => expect(statSync(`${file}-wal`).size).toBe(0), { timeout: 2000 })
  } finally {
    journal.close()
  }
  // Closed cleanly: no WAL is left beside the journal.
  expect(existsSync(`${file}-wal`)).toBe(false)
})

it('a failed daily snapshot never keeps the journal from opening', () => {
  const file = join(dir, 'journal.sqlite')
  // A file where the backups folder should be: the snapshot cannot be written.
  const logged: string[] = []
  const journal = new JournalSession({
    file,
    now: () => new Date(),
    log: (message) => logged.push(message),
  })
  writeFileSync(join(dir, 'backups'), 'in the way')
  expect(journal.open()).toMatchObject({ state: 'open' })
  expect(logged).toEqual(['Journal upkeep failed'])
  journal.close()
})

it.each(['SQLITE_IOERR_READ', 'EIO', 'ETIMEDOUT'])(
  'a disk that does not answer (%s) makes the journal unreadable for now, with Retry',
  (code) => {
    const file = join(dir, 'journal.sqlite')
    let failing = true
    const flaky: Migration = {
      version: migrations.length + 1,
      name: 'reads-a-failing-disk',
      up() {
        if (failing) throw Object.assign(new Error('disk I/O error'), { code })
      },
    }
    const journal = new JournalSession({
      file,
      now: () => new Date(),
      migrations: [...migrations, flaky],
      log: () => undefined,
    })
    expect(journal.open()).toMatchObject({
      state: 'unavailable',
      problem: 'unreadable',
      actions: ['retry', 'quit'],
      message: expect.stringContaining('could not be read just now') as unknown,
    })
    failing = false
    expect(journal.retry()).toMatchObject({ state: 'open' })
    journal.close()
  },
)

it('does not create a chosen folder that is not there (an unplugged drive)', () => {
  const missing = join(dir, 'unplugged', 'Unknot')
  const journal = new JournalSession({
    file: join(missing, 'journal.sqlite'),
    now: () => new Date(),
    createFolder: false,
  })
  expect(journal.open()).toMatchObject({
    state: 'unavailable',
    problem: 'unreadable',
    actions: ['retry', 'quit'],
    message: expect.stringContaining(`The folder ${missing} is not there`) as unknown,
  })
  expect(existsSync(join(dir, 'unplugged'))).toBe(false)
})

it('copies an existing journal into backups/ before migrating it, and a new one not', () => {
  const file = join(dir, 'journal.sqlite')
  const now = () => new Date('2026-11-25T10:00:00Z')
  const first = new JournalSession({ file, now, automaticBackups: false })
  expect(first.open()).toMatchObject({ state: 'open' })
  insertCheckin(first.db, { date: '2026-11-24', slot: 'morning', pain: 4, stiffness: 3 })
  first.close()
  expect(existsSync(snapshotDir(file))).toBe(false)

  const addColumn: Migration = {
    version: migrations.length + 1,
    name: 'add a column',
    up: (db) => db.exec("ALTER TABLE settings ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
  }
  const journal = new JournalSession({
    file,
    now,
    automaticBackups: false,
    migrations: [...migrations, addColumn],
  })
  expect(journal.open()).toMatchObject({ state: 'open' })
  journal.close()
  const copies = readdirSync(snapshotDir(file))
  expect(copies).toEqual([
    `journal-before-migration-v${migrations.length}-2026-11-25T10-00-00-000Z.sqlite`,
  ])
  const copy = openSqlite(join(snapshotDir(file), copies[0] ?? ''), { readonly: true })
  try {
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length)
    expect(copy.prepare('SELECT pain FROM checkins').pluck().all()).toEqual([4])
  } finally {
    copy.close()
  }
})

it('a pre-migration copy that cannot be made leaves the journal unmigrated and unavailable', () => {
  const file = join(dir, 'journal.sqlite')
  const first = new JournalSession({ file, now: () => new Date(), automaticBackups: false })
  first.open()
  first.close()
  // A file where the backups folder should be: the copy cannot be written.
  writeFileSync(join(dir, 'backups'), 'in the way')
  const ran: string[] = []
  const journal = new JournalSession({
    file,
    now: () => new Date(),
    automaticBackups: false,
    log: () => {},
    migrations: [
      ...migrations,
      { version: migrations.length + 1, name: 'never', up: () => void ran.push('up') },
    ],
  })
  expect(journal.open()).toMatchObject({ state: 'unavailable' })
  expect(ran).toEqual([])
  const db = openSqlite(file, { readonly: true })
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length)
  } finally {
    db.close()
  }
})
