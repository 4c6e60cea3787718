import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { AppError } from '../../shared/errors'

/** Ten years of diary make a backup of a few MB; anything far bigger is not one of ours. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024

// Windows has no O_NONBLOCK (nor named pipes at a path a dialog offers).
const NONBLOCK = (constants as Partial<typeof constants>).O_NONBLOCK ?? 0

function refuse(reason: string): AppError {
  return new AppError(
    'invalid_input',
    `The backup was not restored: ${reason} Your diary was not changed.`,
  )
}

/**
 * A backup file's text. Only a regular file is read, and only after its size is known to fit:
 * a device or a pipe chosen by mistake would otherwise be read for ever. Opened without
 * blocking, so a named pipe cannot stall the app before it is recognised.
 */
export function readBackupFile(path: string): string {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | NONBLOCK)
  } catch {
    throw refuse('that file could not be opened.')
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw refuse('that is not a regular file, so it cannot be a backup.')
    if (stat.size > MAX_BACKUP_BYTES) {
      throw refuse('that file is far too large to be an Unknot backup.')
    }
    // One byte more than the size: a file that grows while being read is not trusted.
    const buffer = Buffer.alloc(stat.size + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length > stat.size) throw refuse('that file changed while it was being read.')
    }
    return buffer.subarray(0, length).toString('utf8')
  } catch (error) {
    if (error instanceof AppError) throw error
    throw refuse('that file could not be read.')
  } finally {
    closeSync(fd)
  }
}
