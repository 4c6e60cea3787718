import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { addDays } from 'date-fns'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { toIsoDate } from '../../shared/dates'
import { DataFileError, openDatabase, openJournal, schemaVersion, type DB } from './database'
import { migrations } from './migrations'
import { migration003, UNKNOT_APPLICATION_ID } from './migrations/003-application-id'
import { readMarker } from './write-marker'
import { insertCheckin } from '../../../testing/diary-rows'
import { flipIndexRowid, folderState, makeReadOnly, sha } from '../../../testing/journal-files'
import { makeTempDir } from '../../../testing/temp-diary'

let dir: string
let file: string
beforeEach(() => {
  dir = makeTempDir()
  file = join(dir, 'journal.sqlite')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function problemOf(fn: () => unknown): DataFileError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DataFileError) return error
    throw error
  }
  throw new Error('expected a DataFileError')
}

/** Opens, refuses, and proves the folder is exactly as it was (no file added or changed). */
function expectRefusedUntouched(problem: string, options = {}): DataFileError {
  const before = folderState(dir)
  const error = problemOf(() => openDatabase(file, { busyTimeoutMs: 100, ...options }))
  expect(error.problem).toBe(problem)
  expect(error.message).toContain(file)
  expect(folderState(dir)).toEqual(before)
  return error
}

/** A journal with `count` evening check-ins, closed cleanly (no WAL left). */
function journalWith(count: number, at = file): void {
  const db = openDatabase(at)
  for (let i = 0; i < count; i++) {
    const date = toIsoDate(addDays(new Date(2020, 0, 1), i))
    insertCheckin(db, { date, slot: 'evening', pain: 3, stiffness: 2 })
  }
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

const count = (db: DB) => db.prepare('SELECT count(*) FROM checkins').pluck().get()

describe('a database that is not Unknot’s is refused untouched', () => {
  it('another app’s database with tables is not taken over (no tables added, no WAL)', () => {
    const other = new Database(file)
    other.exec(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')",
    )
    other.close()
    const error = expectRefusedUntouched('not_ours')
    expect(error.message).toMatch(/another program/)
    const check = new Database(file, { readonly: true })
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(check.prepare('SELECT name FROM sqlite_schema').pluck().all()).toEqual(['notes'])
    check.close()
  })

  it('one with an episodes table gets a sentence, not a raw SQL error', () => {
    const other = new Database(file)
    other.exec('CREATE TABLE episodes (title TEXT, aired TEXT)')
    other.pragma('user_version = 1')
    other.close()
    expectRefusedUntouched('not_ours')
  })

  it('one marked with another application id', () => {
    const other = new Database(file)
    other.pragma('application_id = 42')
    other.exec('CREATE TABLE t (x)')
    other.close()
    expectRefusedUntouched('not_ours')
  })

  it('a file that is not a database, a folder, and a named pipe are told apart', () => {
    writeFileSync(file, 'my notes\n'.repeat(100))
    expect(expectRefusedUntouched('not_a_database').message).toMatch(/not a SQLite database/)
    rmSync(file)
    mkdirSync(file)
    // Was a raw EISDIR.
    expect(expectRefusedUntouched('is_directory').message).toMatch(/is a folder/)
    rmSync(file, { recursive: true })
    execFileSync('mkfifo', [file])
    expect(expectRefusedUntouched('not_a_database').message).toMatch(/not a regular file/)
  })
})

describe('Unknot’s own journals', () => {
  it('a new journal carries the application id and a write marker', () => {
    const db = openDatabase(file)
    expect(db.pragma('application_id', { simple: true })).toBe(UNKNOT_APPLICATION_ID)
    const marker = readMarker(db)
    expect(marker?.journalId).toMatch(/^[0-9a-f]{32}$/)
    const before = marker?.generation ?? 0
    insertCheckin(db, { date: '2020-01-01', slot: 'morning', pain: 1, stiffness: 1 })
    expect(readMarker(db)?.generation).toBeGreaterThan(before)
    db.close()
  })

  it('a journal from before application ids is migrated and marked, its entries kept', () => {
    const old = openDatabase(file, { migrations: migrations.slice(0, migration003.version - 1) })
    insertCheckin(old, { date: '2020-01-01', slot: 'morning', pain: 4, stiffness: 2 })
    expect(old.pragma('application_id', { simple: true })).toBe(0)
    old.close()
    const db = openDatabase(file)
    expect(db.pragma('application_id', { simple: true })).toBe(UNKNOT_APPLICATION_ID)
    expect(schemaVersion(db)).toBe(migrations.length)
    expect(count(db)).toBe(1)
    db.close()
  })

  it('a journal written by a newer Unknot is refused untouched', () => {
    journalWith(1)
    const future = new Database(file)
    future.pragma(`user_version = ${migrations.length + 1}`)
    future.close()
    expectRefusedUntouched('too_new')
  })

  it('an empty file becomes a new journal', () => {
    writeFileSync(file, '')
    const db = openDatabase(file)
    expect(schemaVersion(db)).toBe(migrations.length)
    db.close()
  })
})

describe('damage is found at open, before anything is written', () => {
  it('a flipped rowid in an index passes quick_check but not integrity_check', () => {
    journalWith(3)
    flipIndexRowid(file, 'checkins_one_per_slot')
    const raw = new Database(file, { readonly: true })
    // What the app used to run at open: it let this file through.
    expect(raw.pragma('quick_check', { simple: true })).toBe('ok')
    raw.close()
    expect(expectRefusedUntouched('damaged').message).toMatch(/damaged/)
  })

  it('a truncated journal', () => {
    journalWith(40)
    truncateSync(file, Math.floor(readFileSync(file).length / 2))
    expectRefusedUntouched('damaged')
  })

  it('a journal cut inside its header', () => {
    journalWith(1)
    truncateSync(file, 50)
    expectRefusedUntouched('damaged')
  })
})

describe('a journal another program holds', () => {
  it('is called locked, not damaged, and left alone (busy timeout set before the first read)', () => {
    journalWith(2)
    const other = new Database(file)
    other.prepare('BEGIN IMMEDIATE').run()
    try {
      const error = expectRefusedUntouched('locked')
      expect(error.message).toMatch(/Another program is using/)
    } finally {
      other.prepare('ROLLBACK').run()
      other.close()
    }
  })

  it('also when it holds the file exclusively', () => {
    journalWith(2)
    const other = new Database(file)
    other.pragma('locking_mode = EXCLUSIVE')
    other.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run()
    try {
      const error = problemOf(() => openDatabase(file, { busyTimeoutMs: 100 }))
      expect(error.problem).toBe('locked')
    } finally {
      other.close()
    }
  })
})

describe('a -wal file beside the journal', () => {
  /** The WAL a still-open connection leaves when the process dies (no checkpoint). */
  function walAfter(at: string, write: (db: DB) => void): Buffer {
    const db = openDatabase(at)
    db.pragma('wal_autocheckpoint = 0')
    write(db)
    const wal = readFileSync(`${at}-wal`)
    db.close()
    return wal
  }

  it('of another journal never replaces this one (798 check-ins stayed)', () => {
    journalWith(30)
    const otherDir = makeTempDir()
    const wal = walAfter(join(otherDir, 'journal.sqlite'), (db) =>
      insertCheckin(db, { date: '2021-01-01', slot: 'morning', pain: 9, stiffness: 9 }),
    )
    rmSync(otherDir, { recursive: true, force: true })
    writeFileSync(`${file}-wal`, wal)
    expect(expectRefusedUntouched('stray_wal').message).toMatch(/does not belong/)
  })

  it('of another program’s database', () => {
    journalWith(5)
    const otherDir = makeTempDir()
    const other = new Database(join(otherDir, 'x.sqlite'))
    other.pragma('journal_mode = WAL')
    other.pragma('wal_autocheckpoint = 0')
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')")
    writeFileSync(`${file}-wal`, readFileSync(join(otherDir, 'x.sqlite-wal')))
    other.close()
    rmSync(otherDir, { recursive: true, force: true })
    expectRefusedUntouched('stray_wal')
  })

  it('that would rewind the journal to an older state is refused', () => {
    const stale = walAfter(file, (db) => {
      insertCheckin(db, { date: '2020-02-01', slot: 'morning', pain: 1, stiffness: 1 })
    })
    // Later, more entries are written and checkpointed into the file.
    journalWith(0)
    const db = openDatabase(file)
    insertCheckin(db, { date: '2020-02-02', slot: 'morning', pain: 2, stiffness: 2 })
    insertCheckin(db, { date: '2020-02-03', slot: 'morning', pain: 3, stiffness: 3 })
    db.close()
    writeFileSync(`${file}-wal`, stale)
    expect(expectRefusedUntouched('rewound').message).toMatch(/older state/)
  })

  it('of this journal, left by a crash, is kept: every committed entry is there', () => {
    journalWith(3)
    const crashed = makeTempDir()
    const db = openDatabase(file)
    db.pragma('wal_autocheckpoint = 0')
    insertCheckin(db, { date: '2020-03-01', slot: 'morning', pain: 5, stiffness: 5 })
    // Copy the files while the connection is still open: what SIGKILL would leave behind.
    copyFileSync(file, join(crashed, 'journal.sqlite'))
    copyFileSync(`${file}-wal`, join(crashed, 'journal.sqlite-wal'))
    db.close()
    const reopened = openDatabase(join(crashed, 'journal.sqlite'))
    expect(count(reopened)).toBe(4)
    reopened.close()
    rmSync(crashed, { recursive: true, force: true })
  })

  it('with no journal beside it is not adopted into a new journal', () => {
    const otherDir = makeTempDir()
    const wal = walAfter(join(otherDir, 'journal.sqlite'), (db) =>
      insertCheckin(db, { date: '2021-01-01', slot: 'morning', pain: 9, stiffness: 9 }),
    )
    rmSync(otherDir, { recursive: true, force: true })
    writeFileSync(`${file}-wal`, wal)
    expectRefusedUntouched('stray_wal')
  })
})

describe('a read-only journal', () => {
  /** Runs `test` on a read-only folder made by `fill`, then makes it writable and removes it. */
  function onReadOnly(fill: (d: string) => void, test: (ro: string) => void): void {
    const ro = makeTempDir()
    const made = makeReadOnly(ro, fill)
    if (!made) {
      throw new Error('This machine can neither mount a read-only disk nor use file modes.')
    }
    console.info(`read-only journal test: ${made.how}`)
    try {
      test(ro)
    } finally {
      made.release()
      rmSync(ro, { recursive: true, force: true })
    }
  }

  it('opens read-only, reads everything and refuses every write', () => {
    onReadOnly(
      (d) => journalWith(3, join(d, 'journal.sqlite')),
      (ro) => {
        const roFile = join(ro, 'journal.sqlite')
        const before = folderState(ro)
        expect(problemOf(() => openDatabase(roFile)).problem).toBe('read_only')
        const { db, readOnlyReason } = openJournal(roFile, { allowReadOnly: true })
        expect(readOnlyReason).toMatch(/read-only/)
        expect(count(db)).toBe(3)
        expect(() =>
          insertCheckin(db, { date: '2020-05-01', slot: 'morning', pain: 1, stiffness: 1 }),
        ).toThrow(/readonly/)
        db.close()
        expect(folderState(ro)).toEqual(before)
      },
    )
  })

  it('an older read-only journal is brought up to date in memory, the file untouched', () => {
    const fill = (d: string) => {
      const old = openDatabase(join(d, 'journal.sqlite'), {
        migrations: migrations.slice(0, migration003.version - 1),
      })
      insertCheckin(old, { date: '2020-01-01', slot: 'morning', pain: 4, stiffness: 2 })
      old.close()
    }
    onReadOnly(fill, (ro) => {
      const roFile = join(ro, 'journal.sqlite')
      const before = sha(roFile)
      const { db } = openJournal(roFile, { allowReadOnly: true })
      expect(schemaVersion(db)).toBe(migrations.length)
      expect(count(db)).toBe(1)
      db.close()
      expect(sha(roFile)).toBe(before)
    })
  })
})
