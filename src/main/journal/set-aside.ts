import { existsSync, renameSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'

/** `journal.sqlite` → `journal-set-aside-2026-11-25T10-00-00-000Z.sqlite` in the same folder. */
function asideName(file: string, now: Date): string {
  const ext = extname(file)
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return join(dirname(file), `${basename(file, ext)}-set-aside-${stamp}${ext}`)
}

function moveIfThere(from: string, to: string): void {
  if (existsSync(from)) renameSync(from, to)
}

/** Renames the journal file out of the way; nothing is ever deleted. */
export function setAsideJournal(file: string, now: Date): void {
  const aside = asideName(file, now)
  // The WAL and its index go with their file, so the set-aside copy stays as it was.
  moveIfThere(file, aside)
  moveIfThere(`${file}-wal`, `${aside}-wal`)
  moveIfThere(`${file}-shm`, `${aside}-shm`)
}

/** Renames the `-wal` (and its index) beside the journal; answers the WAL's new path. */
export function setAsideWal(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  for (const suffix of ['-wal', '-shm']) {
    moveIfThere(`${file}${suffix}`, `${file}${suffix}.set-aside-${stamp}`)
  }
  return `${file}-wal.set-aside-${stamp}`
}
