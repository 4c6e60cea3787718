import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { DataFileError, openJournal, type DB } from '../db/database'
import { isDiskFull } from '../db/disk-full'
import type { Migration } from '../db/migrations/migration'
import { replaceDiary } from '../backup/backup.repo'
import { listSnapshots, snapshotDir, takeDailySnapshot } from '../backup/snapshots'
import type { BackupRows } from '../backup/restore'
import type { JournalProblem, JournalStatus, RecoveryAction } from '../../shared/domain/journal'
import { AppError, excerpt } from '../../shared/errors'
import { errorCode } from '../error-code'

/** What handlers may ask of the journal beyond its database: its state and the ways out. */
export interface JournalControl {
  status(): JournalStatus
  /** Writes the WAL back into the journal file and truncates it. */
  checkpoint(): void
  /** Tries to open the journal again (after another program let go of it, say). */
  retry(): JournalStatus
  /** Moves the unusable file aside (never deletes it) and starts a new, empty journal. */
  startNew(): JournalStatus
  /** Moves a `-wal` that does not belong to the journal aside, then opens the journal. */
  setAsideWal(): JournalStatus
  /** Builds a journal from checked rows, moves the unusable file aside and puts it in its place. */
  replaceUnusable(rows: BackupRows): JournalStatus
}

export interface JournalSessionOptions {
  file: string
  now: () => Date
  migrations?: readonly Migration[]
  busyTimeoutMs?: number
  /** Take the daily snapshot on open and during maintenance (the app does; most tests do not). */
  automaticBackups?: boolean
  /** How often the WAL is checkpointed (and the daily snapshot considered); 0 = never. */
  maintenanceEveryMs?: number
  log?: (message: string, error?: unknown) => void
}

type State =
  | { kind: 'open'; db: DB; readOnlyReason: string | undefined }
  | { kind: 'unavailable'; problem: JournalProblem; message: string }
  | { kind: 'closed' }

/** The ways out that fit each problem. Nothing offered restores over a healthy journal. */
const ACTIONS: Record<JournalProblem, readonly RecoveryAction[]> = {
  locked: ['retry', 'quit'],
  read_only: ['retry', 'quit'],
  unreadable: ['retry', 'quit'],
  disk_full: ['retry', 'quit'],
  too_new: ['quit'],
  stray_wal: ['setAsideWal', 'quit'],
  rewound: ['setAsideWal', 'quit'],
  is_directory: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
  not_a_database: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
  not_ours: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
  damaged: ['openLatestBackup', 'restoreFile', 'startNew', 'quit'],
}

/** A cause for an error openJournal did not name itself (a failing disk, a failed migration). */
function classify(file: string, error: unknown): { problem: JournalProblem; message: string } {
  if (error instanceof DataFileError) return { problem: error.problem, message: error.message }
  const c = errorCode(error)
  const detail = excerpt(error instanceof Error ? error.message : String(error))
  if (c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED')) {
    return {
      problem: 'locked',
      message: `Another program is using ${file}. Close it and try again; nothing was changed.`,
    }
  }
  if (isDiskFull(error, dirname(file))) {
    return {
      problem: 'disk_full',
      message: `The disk holding ${file} is full: Unknot needs some room beside the journal to open it. Free some space and try again; the journal was left untouched.`,
    }
  }
  if (c.startsWith('SQLITE_READONLY') || c === 'EROFS') {
    return { problem: 'read_only', message: `${file} cannot be written (${detail}).` }
  }
  if (c === 'EACCES' || c === 'EPERM' || c.startsWith('SQLITE_CANTOPEN')) {
    return { problem: 'unreadable', message: `${file} cannot be opened (${detail}).` }
  }
  return {
    problem: 'damaged',
    message: `${file} could not be opened (${detail}). It was left untouched.`,
  }
}

/** `journal.sqlite` → `journal-set-aside-2026-11-25T10-00-00-000Z.sqlite` in the same folder. */
function asideName(file: string, now: Date): string {
  const ext = extname(file)
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return join(dirname(file), `${basename(file, ext)}-set-aside-${stamp}${ext}`)
}

function moveIfThere(from: string, to: string): void {
  if (existsSync(from)) renameSync(from, to)
}

/**
 * The journal for the life of the app: open, read-only, or unavailable with a cause. Handlers
 * reach its database through `db`, which refuses clearly while no journal is open; the recovery
 * steps move things aside and reopen, and never delete anything.
 */
export class JournalSession implements JournalControl {
  readonly file: string
  #state: State = { kind: 'closed' }
  #timer: ReturnType<typeof setInterval> | undefined
  readonly #options: JournalSessionOptions

  constructor(options: JournalSessionOptions) {
    this.file = options.file
    this.#options = options
  }

  /** Opens the journal, or records why it cannot be opened. Answers the status either way. */
  open(): JournalStatus {
    this.close()
    const { file, now, migrations, busyTimeoutMs } = this.#options
    try {
      const opened = openJournal(file, {
        now,
        allowReadOnly: true,
        ...(migrations ? { migrations } : {}),
        ...(busyTimeoutMs === undefined ? {} : { busyTimeoutMs }),
      })
      this.#state = { kind: 'open', db: opened.db, readOnlyReason: opened.readOnlyReason }
    } catch (error) {
      if (!(error instanceof DataFileError)) this.#log('The journal could not be opened', error)
      this.#state = { kind: 'unavailable', ...classify(file, error) }
      return this.status()
    }
    this.#maintain()
    const every = this.#options.maintenanceEveryMs ?? 0
    if (every > 0) {
      this.#timer = setInterval(() => this.#maintain(), every)
      this.#timer.unref()
    }
    return this.status()
  }

  /** The open journal's database; refuses with `no_journal` while none is open. */
  get db(): DB {
    if (this.#state.kind !== 'open') {
      throw new AppError(
        'no_journal',
        'No journal is open, so this cannot be shown or saved. Choose one of the ways out on the recovery screen.',
      )
    }
    return this.#state.db
  }

  status(): JournalStatus {
    const state = this.#state
    if (state.kind === 'open') {
      return state.readOnlyReason === undefined
        ? { state: 'open', file: this.file, readOnly: false }
        : { state: 'open', file: this.file, readOnly: true, readOnlyReason: state.readOnlyReason }
    }
    const problem = state.kind === 'unavailable' ? state.problem : 'unreadable'
    const latestBackup = listSnapshots(snapshotDir(this.file))[0] ?? null
    return {
      state: 'unavailable',
      file: this.file,
      problem,
      message: state.kind === 'unavailable' ? state.message : 'The journal is closed.',
      actions: ACTIONS[problem].filter((a) => a !== 'openLatestBackup' || latestBackup !== null),
      latestBackup,
    }
  }

  checkpoint(): void {
    if (this.#state.kind !== 'open' || this.#state.readOnlyReason !== undefined) return
    this.#state.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  /** Checkpoints and closes: a cleanly closed journal leaves no WAL behind. */
  close(): void {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = undefined
    if (this.#state.kind === 'open') {
      const { db } = this.#state
      try {
        this.checkpoint()
      } catch (error) {
        this.#log('The journal could not be checkpointed on closing', error)
      }
      db.close()
    }
    this.#state = { kind: 'closed' }
  }

  retry(): JournalStatus {
    this.#requireAction('retry')
    return this.open()
  }

  startNew(): JournalStatus {
    this.#requireAction('startNew')
    this.#setAsideJournal()
    return this.open()
  }

  setAsideWal(): JournalStatus {
    this.#requireAction('setAsideWal')
    const stamp = this.#options.now().toISOString().replace(/[:.]/g, '-')
    for (const suffix of ['-wal', '-shm']) {
      moveIfThere(`${this.file}${suffix}`, `${this.file}${suffix}.set-aside-${stamp}`)
    }
    return this.open()
  }

  replaceUnusable(rows: BackupRows): JournalStatus {
    const actions = this.status()
    if (actions.state === 'open' || !actions.actions.includes('restoreFile')) {
      throw this.#notNow()
    }
    // The new journal is built beside the old one and only renamed into place once whole.
    const building = join(dirname(this.file), `.${basename(this.file)}.restoring`)
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true })
    try {
      const { db } = openJournal(building, {
        now: this.#options.now,
        ...(this.#options.migrations ? { migrations: this.#options.migrations } : {}),
      })
      try {
        replaceDiary(db, rows)
        db.pragma('wal_checkpoint(TRUNCATE)')
      } finally {
        db.close()
      }
      this.#setAsideJournal()
      renameSync(building, this.file)
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true })
    }
    return this.open()
  }

  #setAsideJournal(): void {
    const aside = asideName(this.file, this.#options.now())
    // The WAL and its index go with their file, so the set-aside copy stays as it was.
    moveIfThere(this.file, aside)
    moveIfThere(`${this.file}-wal`, `${aside}-wal`)
    moveIfThere(`${this.file}-shm`, `${aside}-shm`)
  }

  #requireAction(action: RecoveryAction): void {
    const status = this.status()
    if (status.state === 'open' || !status.actions.includes(action)) throw this.#notNow()
  }

  #notNow(): AppError {
    return new AppError(
      'conflict',
      'That way out does not fit the journal as it is now; nothing was changed.',
    )
  }

  /** Periodic upkeep: the WAL back into the file, and the daily snapshot when it is due. */
  #maintain(): void {
    if (this.#state.kind !== 'open' || this.#state.readOnlyReason !== undefined) return
    try {
      this.checkpoint()
      if (this.#options.automaticBackups ?? true) {
        takeDailySnapshot(this.#state.db, snapshotDir(this.file), this.#options.now())
      }
    } catch (error) {
      // A failed snapshot must never keep the journal from opening; the next run tries again.
      this.#log('Journal upkeep failed', error)
    }
  }

  #log(message: string, error?: unknown): void {
    ;(this.#options.log ?? ((m, e) => console.error(m, e)))(message, error)
  }
}
