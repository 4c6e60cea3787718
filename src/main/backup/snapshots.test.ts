import { mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type DB } from '../db/database'
import { migrations } from '../db/migrations'
import type { Migration } from '../db/migrations/migration'
import { readMarker } from '../db/write-marker'
import { insertCheckin } from '../../../testing/diary-rows'
import { makeTempDir, openTempJournal } from '../../../testing/temp-diary'
import { snapshotsToKeep, type Dated } from './rotation'
import {
  listSnapshots,
  pruneSnapshots,
  removeUnfinishedSnapshots,
  snapshotJournal,
  takeDailySnapshot,
} from './snapshots'
import { sha } from '../../../testing/journal-files'

let dir: string
let backups: string
let db: DB
beforeEach(() => {
  dir = makeTempDir()
  backups = join(dir, 'backups')
  db = openDatabase(join(dir, 'journal.sqlite'))
  insertCheckin(db, { date: '2026-01-01', slot: 'morning', pain: 3, stiffness: 2 })
})
afterEach(() => {
  if (db.open) db.close()
  rmSync(dir, { recursive: true, force: true })
})

const at = (iso: string) => new Date(iso)

describe('automatic snapshots', () => {
  it('are consistent, verified copies listed with date and size', () => {
    const path = snapshotJournal(db, backups, 'daily', at('2026-04-10T09:00:00Z'))
    const copy = new Database(path, { readonly: true })
    expect(copy.prepare('SELECT pain FROM checkins').pluck().all()).toEqual([3])
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
    const [listed] = listSnapshots(backups)
    expect(listed).toMatchObject({
      name: 'journal-daily-2026-04-10T09-00-00-000Z.sqlite',
      kind: 'daily',
      createdAt: '2026-04-10T09:00:00.000Z',
    })
    expect(listed?.bytes).toBeGreaterThan(4096)
  })

  it('are taken at most once a day', () => {
    expect(takeDailySnapshot(db, backups, at('2026-04-10T08:00:00Z'))).toBeDefined()
    expect(takeDailySnapshot(db, backups, at('2026-04-10T15:00:00Z'))).toBeUndefined()
    expect(takeDailySnapshot(db, backups, at('2026-04-11T08:00:00Z'))).toBeDefined()
    expect(listSnapshots(backups)).toHaveLength(2)
  })

  it('a copy cut short by a crash is never listed, and listing changes nothing', () => {
    snapshotJournal(db, backups, 'daily', at('2026-04-09T08:00:00Z'))
    const partial = '.journal-daily-2026-04-10T08-00-00-000Z.sqlite.partial'
    writeFileSync(join(backups, partial), 'SQLite format 3\0half')
    const before = readdirSync(backups).sort()
    expect(listSnapshots(backups).map((s) => s.name)).toEqual([
      'journal-daily-2026-04-09T08-00-00-000Z.sqlite',
    ])
    expect(readdirSync(backups).sort()).toEqual(before)
  })

  it('unfinished copies of this journal, and VACUUM INTO’s own journal, go once it opened', () => {
    snapshotJournal(db, backups, 'daily', at('2026-04-09T08:00:00Z'))
    // What a SIGKILL during VACUUM INTO leaves: the copy cut short and its rollback journal.
    const cut = '.journal-before-migration-v5-2026-04-10T08-00-00-000Z.sqlite.partial'
    db.prepare('VACUUM INTO ?').run(join(backups, cut))
    truncateSync(join(backups, cut), 4096)
    writeFileSync(join(backups, `${cut}-journal`), Buffer.alloc(512))
    // A copy that finished but was never checked nor renamed: a whole copy of this journal.
    const whole = '.journal-daily-2026-04-10T09-00-00-000Z.sqlite.partial'
    db.prepare('VACUUM INTO ?').run(join(backups, whole))
    writeFileSync(join(backups, 'my-notes.txt'), 'mine')
    expect(removeUnfinishedSnapshots(backups, db).sort()).toEqual([cut, `${cut}-journal`, whole])
    expect(readdirSync(backups).sort()).toEqual([
      'journal-daily-2026-04-09T08-00-00-000Z.sqlite',
      'my-notes.txt',
    ])
  })

  it('an unfinished copy that is the only copy of something is kept under its name', () => {
    // A whole copy of another journal (this one was started new since, say).
    const other = openDatabase(join(dir, 'other.sqlite'))
    insertCheckin(other, { date: '2026-02-01', slot: 'evening', pain: 6, stiffness: 2 })
    const partial = '.journal-daily-2026-04-10T08-00-00-000Z.sqlite.partial'
    mkdirSync(backups)
    other.prepare('VACUUM INTO ?').run(join(backups, partial))
    other.close()
    const bytes = sha(join(backups, partial))
    expect(removeUnfinishedSnapshots(backups, db)).toEqual([])
    expect(readdirSync(backups)).toEqual(['journal-daily-2026-04-10T08-00-00-000Z.sqlite'])
    expect(sha(join(backups, 'journal-daily-2026-04-10T08-00-00-000Z.sqlite'))).toBe(bytes)
  })

  it('a copy of a journal without entries is named so', () => {
    const empty = openDatabase(join(dir, 'empty.sqlite'))
    const path = snapshotJournal(empty, backups, 'daily', at('2026-04-10T08:00:00Z'))
    empty.close()
    expect(path).toMatch(/journal-daily-empty-2026-04-10T08-00-00-000Z\.sqlite$/)
    expect(listSnapshots(backups)[0]).toMatchObject({ kind: 'daily', empty: true })
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3')
  })

  it('a copy that fails its check never gets a snapshot’s name, and nothing is pruned', () => {
    for (let day = 1; day <= 9; day++) {
      snapshotJournal(db, backups, 'daily', at(`2026-03-0${day}T08:00:00Z`))
    }
    const before = readdirSync(backups).sort()
    // A journal whose application id differs from its copy's cannot happen; a copy to a full
    // or failing disk can. Simulate the failure at the check: a closed database cannot copy.
    const closed = openDatabase(join(dir, 'other.sqlite'))
    closed.close()
    expect(() => takeDailySnapshot(closed, backups, at('2026-04-10T08:00:00Z'))).toThrow()
    expect(readdirSync(backups).sort()).toEqual(before)
  })

  it('cover every table, including ones later migrations add', () => {
    const later: Migration = {
      version: migrations.length + 1,
      name: 'a table another feature adds',
      up: (d) => d.exec('CREATE TABLE later_rows (id INTEGER PRIMARY KEY, score INTEGER) STRICT'),
    }
    db.close()
    db = openDatabase(join(dir, 'journal.sqlite'), { migrations: [...migrations, later] })
    const before = readMarker(db)?.generation ?? 0
    db.prepare('INSERT INTO later_rows (score) VALUES (5)').run()
    // The new table moves the write marker like every other table.
    expect(readMarker(db)?.generation).toBe(before + 1)
    const copy = new Database(snapshotJournal(db, backups, 'daily', at('2026-04-10T08:00:00Z')), {
      readonly: true,
    })
    expect(copy.prepare('SELECT score FROM later_rows').pluck().all()).toEqual([5])
    copy.close()
  })

  it('the journal takes one on open, at most one a day', () => {
    const t = openTempJournal({ automaticBackups: true, now: () => at('2026-04-10T09:00:00Z') })
    try {
      expect(listSnapshots(join(t.dir, 'backups'))).toHaveLength(1)
      t.journal.close()
      const again = openTempJournal({
        dir: t.dir,
        automaticBackups: true,
        now: () => at('2026-04-10T18:00:00Z'),
      })
      expect(listSnapshots(join(t.dir, 'backups'))).toHaveLength(1)
      again.close()
    } finally {
      t.close()
    }
  })
})

describe('rotation', () => {
  const daily = (iso: string): Dated => ({
    name: iso,
    kind: 'daily',
    createdAt: new Date(iso),
  })

  it('keeps 7 daily, 4 weekly and 6 monthly', () => {
    // A year of daily snapshots, one each morning.
    const list: Dated[] = []
    for (let i = 0; i < 365; i++) {
      list.push(daily(new Date(Date.UTC(2025, 3, 11 + i, 8)).toISOString()))
    }
    const now = new Date('2026-04-10T12:00:00Z')
    const kept = [...snapshotsToKeep(list, now)].sort().map((iso) => iso.slice(0, 10))
    expect(kept).toEqual([
      // The newest of each of the last 6 months (Nov–Mar here; April's is today's) …
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      // … of the last 4 ISO weeks (two of them are kept days), then of March …
      '2026-03-22',
      '2026-03-29',
      '2026-03-31',
      // … and of the last 7 days.
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
      '2026-04-07',
      '2026-04-08',
      '2026-04-09',
      '2026-04-10',
    ])
  })

  it('copies of an emptied journal never push out the copies with entries', () => {
    // Ten days of copies of a journal with entries, then the file was emptied and the app (or
    // an older version of it) kept a new, empty journal: 200 days of empty copies.
    const list: Dated[] = []
    for (let i = 0; i < 10; i++) {
      list.push(daily(new Date(Date.UTC(2025, 0, 1 + i, 8)).toISOString()))
    }
    for (let i = 0; i < 200; i++) {
      list.push({ ...daily(new Date(Date.UTC(2025, 0, 11 + i, 8)).toISOString()), empty: true })
    }
    const kept = snapshotsToKeep(list, new Date(Date.UTC(2025, 6, 30, 12)))
    const withEntries = list.filter((s) => s.empty !== true && kept.has(s.name))
    // The rotation of copies with entries, as if the empty ones were not there.
    expect(withEntries.map((s) => s.name.slice(0, 10))).toEqual([
      '2025-01-04',
      '2025-01-05',
      '2025-01-06',
      '2025-01-07',
      '2025-01-08',
      '2025-01-09',
      '2025-01-10',
    ])
    expect(snapshotsToKeep(list.slice(0, 10), new Date(Date.UTC(2025, 6, 30, 12)))).toEqual(
      new Set(withEntries.map((s) => s.name)),
    )
  })

  it('pruning after a daily copy of an empty journal keeps the copies with entries', () => {
    for (let day = 1; day <= 9; day++) {
      snapshotJournal(db, backups, 'daily', at(`2026-03-0${day}T08:00:00Z`))
    }
    const empty = openDatabase(join(dir, 'empty.sqlite'))
    for (let day = 10; day <= 28; day++) {
      takeDailySnapshot(empty, backups, at(`2026-03-${day}T08:00:00Z`))
    }
    empty.close()
    const full = listSnapshots(backups).filter((s) => !s.empty)
    expect(full.map((s) => s.createdAt.slice(0, 10))).toEqual([
      '2026-03-09',
      '2026-03-08',
      '2026-03-07',
      '2026-03-06',
      '2026-03-05',
      '2026-03-04',
      '2026-03-03',
      // Sunday: the newest of its ISO week.
      '2026-03-01',
    ])
  })

  it('a second restore on the same day never prunes the first one’s copy', () => {
    const list: Dated[] = [
      daily('2026-04-10T08:00:00.000Z'),
      { name: 'first', kind: 'before-restore', createdAt: new Date('2026-04-10T10:00:00Z') },
      { name: 'second', kind: 'before-restore', createdAt: new Date('2026-04-10T10:05:00Z') },
    ]
    const kept = snapshotsToKeep(list, new Date('2026-04-10T10:06:00Z'))
    expect(kept.has('first')).toBe(true)
    expect(kept.has('second')).toBe(true)
  })

  it('with the clock behind, the snapshot just taken is kept', () => {
    for (let day = 1; day <= 9; day++) {
      snapshotJournal(db, backups, 'daily', at(`2026-03-0${day}T08:00:00Z`))
    }
    const behind = at('2020-01-01T08:00:00Z')
    const name = takeDailySnapshot(db, backups, behind)
    expect(listSnapshots(backups).map((s) => s.name)).toContain(name)
    pruneSnapshots(backups, behind)
    // Only the rotation's choice afterwards; the newest days are never the ones pruned.
    expect(listSnapshots(backups).map((s) => s.createdAt.slice(0, 10))).toContain('2026-03-09')
  })
})
