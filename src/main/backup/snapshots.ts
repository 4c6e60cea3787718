import { openSqlite } from '../db/sqlite'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { DB } from '../db/sqlite'
import { entryCount } from '../db/entries'
import type { BackupWithEntries } from '../db/inspect'
import { journalImage } from '../db/journal-image'
import { readMarker } from '../db/write-marker'
import { toIsoDate } from '../../shared/dates'
import type { AutomaticBackup, AutomaticBackupKind } from '../../shared/domain/journal'
import { snapshotsToKeep } from './rotation'

/** Automatic snapshots live in this folder beside the journal. */
export function snapshotDir(dataFile: string): string {
  return join(dirname(dataFile), 'backups')
}

const STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/
/** `-empty` marks a copy of a journal without entries: it never displaces one with entries. */
const NAME = new RegExp(
  `^journal-(daily|before-restore|before-migration(?:-v\\d+)?)(-empty)?-(${STAMP.source})\\.sqlite$`,
)
/**
 * VACUUM INTO writes here first (with a rollback journal of its own beside it); only a verified
 * copy gets its real name.
 */
const PARTIAL = /^\.(journal-.*\.sqlite)\.partial(-journal)?$/

function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-')
}

/** The kind and time of a snapshot from its name; undefined for any other file. */
export function parseSnapshotName(
  name: string,
): { kind: AutomaticBackupKind; createdAt: Date; empty: boolean } | undefined {
  const match = NAME.exec(name)
  const label = match?.[1]
  const stamp = match?.[3] ? STAMP.exec(match[3]) : null
  if (!label || !stamp) return undefined
  const [, day, h, m, s, ms] = stamp
  const createdAt = new Date(`${day}T${h}:${m}:${s}.${ms}Z`)
  if (Number.isNaN(createdAt.getTime())) return undefined
  const kind: AutomaticBackupKind = label.startsWith('before-migration')
    ? 'before-migration'
    : (label as AutomaticBackupKind)
  return { kind, createdAt, empty: match[2] !== undefined }
}

/** Whether a copy is whole: it opens, is whole by `integrity_check`, and is the same app's. */
export function verifySnapshot(path: string, applicationId: number): string | undefined {
  try {
    const copy = openSqlite(path, { readonly: true, fileMustExist: true })
    try {
      const check = copy.prepare<[], string>('PRAGMA integrity_check(1)').pluck().get()
      if (check !== 'ok') return `integrity check: ${check ?? 'no answer'}`
      const id = copy.pragma('application_id', { simple: true }) as number
      if (id !== applicationId) return 'it is not a copy of this journal'
      return undefined
    } finally {
      copy.close()
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/**
 * A consistent copy of the live journal (`VACUUM INTO`) in `dir`, written under a temporary
 * name, verified, then renamed: a copy cut short by a crash never carries a snapshot's name.
 * Answers the snapshot's path; throws when the copy could not be made or verified.
 */
export function snapshotJournal(db: DB, dir: string, kind: AutomaticBackupKind, now: Date): string {
  mkdirSync(dir, { recursive: true })
  const label =
    kind === 'before-migration'
      ? `before-migration-v${String(db.pragma('user_version', { simple: true }))}`
      : kind
  const empty = entryCount(db) === 0 ? '-empty' : ''
  const name = `journal-${label}${empty}-${stampOf(now)}.sqlite`
  const partial = join(dir, `.${name}.partial`)
  const target = join(dir, name)
  rmSync(partial, { force: true })
  rmSync(`${partial}-journal`, { force: true })
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    const problem = verifySnapshot(partial, db.pragma('application_id', { simple: true }) as number)
    if (problem !== undefined) throw new Error(`The snapshot ${name} is not whole: ${problem}`)
    renameSync(partial, target)
  } finally {
    rmSync(partial, { force: true })
    rmSync(`${partial}-journal`, { force: true })
  }
  return target
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/**
 * The snapshots in `dir`, newest first; files with other names (copies still under their
 * temporary name among them) are left out. Only reads the folder.
 */
export function listSnapshots(dir: string): AutomaticBackup[] {
  const out: AutomaticBackup[] = []
  for (const name of namesIn(dir)) {
    const parsed = parseSnapshotName(name)
    const stat = parsed ? statSync(join(dir, name), { throwIfNoEntry: false }) : undefined
    if (!parsed || !stat?.isFile()) continue
    out.push({
      name,
      kind: parsed.kind,
      empty: parsed.empty,
      createdAt: parsed.createdAt.toISOString(),
      bytes: stat.size,
    })
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/**
 * The newest snapshot in `dir` that holds entries, read from a copy in memory (nothing is
 * written beside it). Snapshots named as copies of an empty journal are skipped.
 */
export function newestSnapshotWithEntries(dir: string): BackupWithEntries | undefined {
  for (const backup of listSnapshots(dir)) {
    if (backup.empty) continue
    const entries = entriesIn(join(dir, backup.name))
    if (entries > 0) return { entries, createdAt: backup.createdAt }
  }
  return undefined
}

function entriesIn(path: string): number {
  try {
    const db = openSqlite(journalImage(path, false))
    try {
      return entryCount(db)
    } finally {
      db.close()
    }
  } catch {
    return 0
  }
}

/** Deletes the snapshots rotation does not keep; never `keep`. Answers the names removed. */
export function pruneSnapshots(dir: string, now: Date, keep: readonly string[] = []): string[] {
  const list = listSnapshots(dir)
  const kept = snapshotsToKeep(
    list.map((s) => ({
      name: s.name,
      kind: s.kind,
      createdAt: new Date(s.createdAt),
      empty: s.empty,
    })),
    now,
    keep,
  )
  const removed = list.filter((s) => !kept.has(s.name)).map((s) => s.name)
  for (const name of removed) rmSync(join(dir, name), { force: true })
  return removed
}

/**
 * The daily snapshot, at most once per local calendar day: taken and verified, and only then
 * are older snapshots pruned. Answers the new snapshot's name, or undefined when today's exists.
 */
export function takeDailySnapshot(db: DB, dir: string, now: Date): string | undefined {
  const today = toIsoDate(now)
  const done = listSnapshots(dir).some(
    (s) => s.kind === 'daily' && toIsoDate(new Date(s.createdAt)) === today,
  )
  if (done) return undefined
  const path = snapshotJournal(db, dir, 'daily', now)
  const name = basename(path)
  pruneSnapshots(dir, now, [name])
  return name
}

/** The marker of a copy read from memory, or undefined when it is not a whole journal. */
function wholeCopyMarker(path: string): ReturnType<typeof readMarker> | null {
  try {
    const bytes = readFileSync(path)
    // A copy of a WAL journal says so in its header; in memory it must read as rollback.
    if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1
    const copy = openSqlite(bytes)
    try {
      const check = copy.prepare<[], string>('PRAGMA integrity_check(1)').pluck().get()
      return check === 'ok' ? readMarker(copy) : null
    } catch {
      return null
    } finally {
      copy.close()
    }
  } catch {
    return null
  }
}

/**
 * Clears copies a crash or power cut left unfinished (a `.partial` and its rollback journal),
 * once `db`, the journal they were copied from, has opened whole. A copy is only ever made
 * before the journal changes, so a whole copy of this journal at or before its current write is
 * not the only copy of anything and is removed, as is one that is not whole. A whole copy of
 * another journal, or of a later write, is kept under its snapshot name instead. Answers the
 * names removed.
 */
export function removeUnfinishedSnapshots(dir: string, db: DB): string[] {
  const current = readMarker(db)
  const removed: string[] = []
  for (const name of namesIn(dir)) {
    const match = PARTIAL.exec(name)
    if (!match || match[2] !== undefined) continue
    const path = join(dir, name)
    const marker = wholeCopyMarker(path)
    const redundant =
      marker === null ||
      (current !== undefined &&
        marker !== undefined &&
        marker.journalId === current.journalId &&
        marker.generation <= current.generation)
    const finalName = match[1] ?? ''
    if (!redundant && parseSnapshotName(finalName) !== undefined) {
      renameSync(path, join(dir, finalName))
    } else if (redundant) {
      rmSync(path, { force: true })
      removed.push(name)
    }
  }
  // A rollback journal whose copy is gone (removed above, or renamed once whole) is leftover.
  for (const name of namesIn(dir)) {
    const match = PARTIAL.exec(name)
    if (match?.[2] === undefined) continue
    const copy = join(dir, name.slice(0, -'-journal'.length))
    if (statSync(copy, { throwIfNoEntry: false }) === undefined) {
      rmSync(join(dir, name), { force: true })
      removed.push(name)
    }
  }
  return removed
}
