import { statfsSync } from 'node:fs'
import { errorCode } from '../error-code'

/** Below this much free space, an I/O error writing the journal is taken for a full disk. */
const LOW_SPACE_BYTES = 1024 * 1024

/**
 * Whether an error writing the journal in `dir` came from a full disk. SQLite says so plainly
 * (SQLITE_FULL) when a write runs out of room, but when even its small shared-memory file cannot
 * grow it reports a disk I/O error (SQLITE_IOERR_SHMSIZE and kin): then the free space decides.
 */
export function isDiskFull(error: unknown, dir: string): boolean {
  const code = errorCode(error)
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return true
  if (!code.startsWith('SQLITE_IOERR')) return false
  try {
    const disk = statfsSync(dir)
    return disk.bavail * disk.bsize < LOW_SPACE_BYTES
  } catch {
    return false
  }
}
