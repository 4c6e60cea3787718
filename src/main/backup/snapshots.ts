import { openSqlite } from '../db/sqlite'
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { DB } from '../db/sqlite'
import { toIsoDate } from '../../shared/dates'
import type { AutomaticBackup, AutomaticBackupKind } from '../../shared/domain/journal'
import { snapshotsToKeep } from './rotation'

/** Automatic snapshots live in this folder beside the journal. */
export function snapshotDir(dataFile: string): string {
  return join(dirname(dataFile), 'backups')
}

const STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/
const NAME = new RegExp(
  `^journal-(daily|before-restore|before-migration(?:-v\\d+)?)-(${STAMP.source})\\.sqlite$`,
)
/** VACUUM INTO writes here first; only a verified copy gets its real name. */
const PARTIAL = /^\.journal-.*\.partial$/

function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-')
}

/** The kind and time of a snapshot from its name; undefined for any other file. */
export function parseSnapshotName(
  name: string,
): { kind: AutomaticBackupKind; createdAt: Date } | undefined {
  const match = NAME.exec(name)
  const label = match?.[1]
  const stamp = match?.[2] ? STAMP.exec(match[2]) : null
  if (!label || !stamp) return undefined
  const [, day, h, m, s, ms] = stamp
  const createdAt = new Date(`${day}T${h}:${m}:${s}.${ms}Z`)
  if (Number.isNaN(createdAt.getTime())) return undefined
  const kind: AutomaticBackupKind = label.startsWith('before-migration')
    ? 'before-migration'
    : (label as AutomaticBackupKind)
  return { kind, createdAt }
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
  const name = `journal-${label}-${stampOf(now)}.sqlite`
  const partial = join(dir, `.${name}.partial`)
  const target = join(dir, name)
  rmSync(partial, { force: true })
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    const problem = verifySnapshot(partial, db.pragma('application_id', { simple: true }) as number)
    if (problem !== undefined) throw new Error(`The snapshot ${name} is not whole: ${problem}`)
    renameSync(partial, target)
  } finally {
    rmSync(partial, { force: true })
  }
  return target
}

/**
 * The snapshots in `dir`, newest first. Copies cut short by a crash (still under their
 * temporary name) are discarded on the way; files with other names are left alone.
 */
export function listSnapshots(dir: string): AutomaticBackup[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const out: AutomaticBackup[] = []
  for (const name of names) {
    if (PARTIAL.test(name)) {
      rmSync(join(dir, name), { force: true })
      continue
    }
    const parsed = parseSnapshotName(name)
    const stat = parsed ? statSync(join(dir, name), { throwIfNoEntry: false }) : undefined
    if (!parsed || !stat?.isFile()) continue
    out.push({
      name,
      kind: parsed.kind,
      createdAt: parsed.createdAt.toISOString(),
      bytes: stat.size,
    })
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/** Deletes the snapshots rotation does not keep; never `keep`. Answers the names removed. */
export function pruneSnapshots(dir: string, now: Date, keep: readonly string[] = []): string[] {
  const list = listSnapshots(dir)
  const kept = snapshotsToKeep(
    list.map((s) => ({ name: s.name, kind: s.kind, createdAt: new Date(s.createdAt) })),
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
