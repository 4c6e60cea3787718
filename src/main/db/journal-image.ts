import {
  closeSync,
  copyFileSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { openSqlite } from './sqlite'

/** The first 100 bytes of a database file: its header (fewer when the file is shorter). */
export function header(file: string): Buffer {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(100)
    const read = readSync(fd, buf, 0, buf.length, 0)
    return buf.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/** The page size a database header gives (bytes 16-17; 1 stands for 65536). */
export function pageSizeOf(head: Buffer): number | undefined {
  if (head.length < 100) return undefined
  const raw = head.readUInt16BE(16)
  return raw === 1 ? 65536 : raw
}

/**
 * The size the header says the file has, when it can be trusted: SQLite counts the pages in the
 * header only while the change counter (bytes 24-27) equals "version valid for" (92-95).
 */
export function sizeFromHeader(head: Buffer): number | undefined {
  const pageSize = pageSizeOf(head)
  if (pageSize === undefined || head.readUInt32BE(24) !== head.readUInt32BE(92)) return undefined
  const pages = head.readUInt32BE(28)
  return pages > 0 ? pages * pageSize : undefined
}

/** SQLite refuses a WAL-mode image in memory; bytes 18-19 say "rollback journal" instead. */
function asMemoryImage(bytes: Buffer): Buffer {
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1
    bytes[19] = 1
  }
  return bytes
}

/**
 * The journal as SQLite would see it, as bytes in memory, without touching the file or its
 * folder: the file alone, or, with its `-wal`, the file after replaying that WAL in a private
 * temp folder.
 */
export function journalImage(file: string, withWal: boolean): Buffer {
  if (!withWal) return asMemoryImage(readFileSync(file))
  const temp = mkdtempSync(join(tmpdir(), 'unknot-open-'))
  try {
    const copy = join(temp, basename(file))
    copyFileSync(file, copy)
    copyFileSync(`${file}-wal`, `${copy}-wal`)
    const db = openSqlite(copy)
    try {
      return asMemoryImage(db.serialize())
    } finally {
      db.close()
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}
