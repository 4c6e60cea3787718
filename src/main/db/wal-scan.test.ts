import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeTempDir } from '../../../testing/temp-diary'
import { scanWal } from './wal-scan'

let dir: string
beforeEach(() => {
  dir = makeTempDir()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A WAL as a crash leaves it (copied while the writer is open), after `write`. */
function walAfter(write: (db: Database.Database) => void): { wal: Buffer; file: string } {
  const file = join(dir, 'a.sqlite')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('wal_autocheckpoint = 0')
  db.exec('CREATE TABLE t (x TEXT)')
  write(db)
  const copy = join(dir, 'copy.sqlite')
  copyFileSync(file, copy)
  copyFileSync(`${file}-wal`, `${copy}-wal`)
  const wal = readFileSync(`${file}-wal`)
  db.close()
  return { wal, file: copy }
}

it('an intact WAL replays whole', () => {
  const { wal } = walAfter((db) => {
    for (let i = 0; i < 5; i++) db.prepare('INSERT INTO t VALUES (?)').run(`row ${i}`)
  })
  expect(scanWal(wal)).toEqual({
    headerOk: true,
    replayBytes: wal.length,
    unreadableCommits: 0,
    damaged: false,
  })
})

it('frames a rolled-back transaction spilled are not damage', () => {
  const { wal, file } = walAfter((db) => {
    db.prepare('INSERT INTO t VALUES (?)').run('kept')
    // A tiny page cache makes the big transaction write its pages to the WAL before it ends.
    db.pragma('cache_size = 2')
    db.exec('BEGIN')
    for (let i = 0; i < 500; i++) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(500))
    db.exec('ROLLBACK')
    db.prepare('INSERT INTO t VALUES (?)').run('also kept')
  })
  const scan = scanWal(wal)
  // The rolled-back frames are still there, past what SQLite replays, with the WAL's salts.
  expect(scan.replayBytes).toBeLessThan(wal.length - 10 * 4096)
  expect(scan).toMatchObject({ headerOk: true, damaged: false, unreadableCommits: 0 })
  const db = new Database(file, { readonly: true })
  expect(db.prepare('SELECT x FROM t').pluck().all()).toEqual(['kept', 'also kept'])
  db.close()
})

it('a WAL too short to hold a header holds no change', () => {
  expect(scanWal(Buffer.from('short'))).toMatchObject({ damaged: false, replayBytes: 0 })
})

it('a header whose page size is damaged is judged with the journal’s page size', () => {
  const { wal } = walAfter((db) => db.prepare('INSERT INTO t VALUES (?)').run('one'))
  wal.writeUInt32BE(3, 8)
  expect(scanWal(wal, 4096)).toMatchObject({ headerOk: false, damaged: true })
})

/** One-row transactions: each changes one page, so each frame of theirs closes one. */
const oneFramePerCommit = (rows: number) =>
  walAfter((db) => {
    for (let i = 0; i < rows; i++) db.prepare('INSERT INTO t VALUES (?)').run(`row ${i}`)
  })

/** A byte inside the page of the WAL's frame `i` (from 0), flipped. */
function flipFrame(wal: Buffer, i: number): void {
  const page = wal.readUInt32BE(8)
  const at = 32 + i * (24 + page) + 24 + 100
  wal[at] = (wal[at] ?? 0) ^ 0xff
}

/** The rows SQLite itself replays from `file` with `wal` beside it. */
function rowsSqliteSees(file: string, wal: Buffer): number {
  writeFileSync(`${file}-wal`, wal)
  const db = new Database(file, { readonly: true })
  const rows = db.prepare<[], number>('SELECT count(*) FROM t').pluck().get() ?? 0
  db.close()
  return rows
}

it('a damaged frame that closes its transaction is counted among the lost', () => {
  const { wal, file } = oneFramePerCommit(8)
  const frames = (wal.length - 32) / (24 + wal.readUInt32BE(8))
  // The last 8 frames are the 8 inserts; damage the third of them.
  flipFrame(wal, frames - 6)
  const seen = rowsSqliteSees(file, wal)
  expect(seen).toBe(2)
  expect(scanWal(wal)).toMatchObject({ headerOk: true, damaged: true, unreadableCommits: 8 - seen })
})

it('a damaged last frame is a torn write: nothing committed is lost', () => {
  const { wal, file } = oneFramePerCommit(4)
  const frames = (wal.length - 32) / (24 + wal.readUInt32BE(8))
  flipFrame(wal, frames - 1)
  expect(rowsSqliteSees(file, wal)).toBe(3)
  expect(scanWal(wal)).toMatchObject({ damaged: false, unreadableCommits: 0 })
})
