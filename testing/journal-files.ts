import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openDatabase } from '../src/main/db/database'
import { insertCheckin } from './diary-rows'
import { makeTempDir } from './temp-diary'

/** The bytes of a file, to prove it was left untouched. */
export function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** Every file in a folder with its hash: nothing added, removed or changed beside the journal. */
export function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    out[name.name] = name.isFile() ? sha(join(dir, name.name)) : 'folder'
  }
  return out
}

/**
 * Lays beside `file` the `-wal` of another journal (one morning entry, 1 Jan 2026, pain 9), as a
 * file copied in from elsewhere would: it does not belong to this journal.
 */
export function layStrayWal(file: string): void {
  const otherDir = makeTempDir()
  try {
    const other = openDatabase(join(otherDir, 'journal.sqlite'))
    other.pragma('wal_autocheckpoint = 0')
    insertCheckin(other, { date: '2026-01-01', slot: 'morning', pain: 9, stiffness: 9 })
    writeFileSync(`${file}-wal`, readFileSync(join(otherDir, 'journal.sqlite-wal')))
    other.close()
  } finally {
    rmSync(otherDir, { recursive: true, force: true })
  }
}

/**
 * Swaps the rowid of one entry of an index for another, as a flipped bit on disk would: the
 * index stays in order, so `quick_check` passes, but it no longer matches its table.
 */
export function flipIndexRowid(file: string, index: string): void {
  const db = new Database(file, { readonly: true })
  const root = db
    .prepare<[string], number>('SELECT rootpage FROM sqlite_schema WHERE name = ?')
    .pluck()
    .get(index)
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.close()
  if (root === undefined) throw new Error(`no index ${index}`)
  const bytes = readFileSync(file)
  const page = (root - 1) * pageSize
  const base = root === 1 ? page + 100 : page
  if (bytes[base] !== 0x0a) throw new Error('expected a one-page index (a leaf page)')
  const cells = bytes.readUInt16BE(base + 3)
  if (cells === 0) throw new Error('the index is empty')
  const cell = page + bytes.readUInt16BE(base + 8)
  // Cell: payload length (a one-byte varint for these short keys), then the record, whose last
  // field is the rowid; a one-byte integer for the small ids the tests use.
  const payload = bytes[cell] ?? 0
  const last = cell + 1 + payload - 1
  bytes[last] = ((bytes[last] ?? 0) + 100) & 0x7f
  writeFileSync(file, bytes)
}

/** Whether this process may mount file systems (root with the capability, as on the CI machine). */
function mountTmpfs(dir: string, sizeBytes: number): boolean {
  try {
    mkdirSync(dir, { recursive: true })
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', dir], {
      stdio: 'ignore',
    })
    return true
  } catch {
    return false
  }
}

export function unmount(dir: string): void {
  // Lazy: a handle SQLite has not released yet must not fail the test's cleanup.
  execFileSync('umount', ['-l', dir], { stdio: 'ignore' })
}

/** A small file system of `sizeBytes`, or undefined where this process may not mount one. */
export function smallDisk(dir: string, sizeBytes: number): { release: () => void } | undefined {
  if (!mountTmpfs(dir, sizeBytes)) return undefined
  return { release: () => unmount(dir) }
}

/**
 * Makes `dir` (already holding a journal) read-only: remounted read-only where this process may
 * mount (a real read-only disk), else with file modes (which only bind a user who is not root).
 * Answers how, for the test to say, or undefined when neither is possible here.
 */
export function makeReadOnly(
  dir: string,
  fill: (dir: string) => void,
): { how: string; release: () => void } | undefined {
  if (mountTmpfs(dir, 64 * 1024 * 1024)) {
    fill(dir)
    execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' })
    return { how: 'a read-only tmpfs mount', release: () => unmount(dir) }
  }
  if (process.getuid?.() === 0) return undefined
  mkdirSync(dir, { recursive: true })
  fill(dir)
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o444)
  chmodSync(dir, 0o555)
  return {
    how: 'file modes (no mount allowed here)',
    release: () => chmodSync(dir, 0o755),
  }
}
