import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that it is either the old one or the complete new one, never half written:
 * the bytes go to a temp file in the same folder (same filesystem), which is then renamed.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    writeFileSync(temp, data, { flush: true })
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/** How one temp file is written; the full-disk test swaps it where no small disk can be mounted. */
export type WriteHook = (path: string, data: string | Uint8Array) => void

const writeFlushed: WriteHook = (path, data) => writeFileSync(path, data, { flush: true })

/**
 * Writes several new files so that either all of them land or none does: every file goes to a
 * temp file first, and only when all are written are they renamed into place. On any failure
 * (a full disk, say) the temp files and any file already renamed are removed again, so a retry
 * finds the folder as it was. The targets must not exist (callers check and refuse first).
 */
export function writeFilesAtomic(
  files: readonly (readonly [path: string, data: string | Uint8Array])[],
  write: WriteHook = writeFlushed,
): void {
  const temps = files.map(([path]) =>
    join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`),
  )
  const placed: string[] = []
  try {
    files.forEach(([, data], i) => write(temps[i] as string, data))
    files.forEach(([path], i) => {
      renameSync(temps[i] as string, path)
      placed.push(path)
    })
  } catch (error) {
    for (const path of [...temps, ...placed]) rmSync(path, { force: true })
    throw error
  }
}
