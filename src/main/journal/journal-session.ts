import { readFileSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { DataFileError, openJournal, type DB } from '../db/database'
import type { Migration } from '../db/migrations/migration'
import { replaceDiary } from '../backup/backup.repo'
import {
  listSnapshots,
  newestSnapshotWithEntries,
  removeUnfinishedSnapshots,
  snapshotDir,
  snapshotJournal,
  takeDailySnapshot,
} from '../backup/snapshots'
import { writeFileAtomic } from '../export/atomic-write'
import { scanWal } from '../db/wal-scan'
import type { BackupRows } from '../backup/backup.repo'
import type { JournalProblem, JournalStatus, RepairAction } from '../../shared/domain/journal'
import { AppError } from '../../shared/errors'
import { ACTIONS, classify } from './journal-problems'
import { setAsideJournal, setAsideWal } from './set-aside'

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
  /**
   * Moves a damaged `-wal` aside and puts back only its readable part (every change before the
   * damage), then opens the journal. Answers the status and how many changes were left out.
   */
  setAsideDamagedWal(): { status: JournalStatus; unreadable: number; aside: string }
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
  /** Create the journal's folder when missing: only for the default folder (see openJournal). */
  createFolder?: boolean
  /** How often the WAL is checkpointed (and the daily snapshot considered); 0 = never. */
  maintenanceEveryMs?: number
  log?: (message: string, error?: unknown) => void
}

type State =
  | { kind: 'open'; db: DB; readOnlyReason: string | undefined }
  | { kind: 'unavailable'; problem: JournalProblem; message: string }
  | { kind: 'closed' }

/**
 * The journal for the life of the app: open, read-only, or unavailable with a cause. Handlers
 * reach its database through `db`, which refuses clearly while no journal is open; the repair
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
    const { file, now, migrations, busyTimeoutMs, createFolder } = this.#options
    const backups = snapshotDir(file)
    try {
      const opened = openJournal(file, {
        allowReadOnly: true,
        beforeMigrating: (db) => snapshotJournal(db, backups, 'before-migration', now()),
        newestBackupWithEntries: () => newestSnapshotWithEntries(backups),
        ...(createFolder === undefined ? {} : { createFolder }),
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
        'No journal is open, so this cannot be shown or saved. Choose one of the ways out on the journal repair screen.',
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
    // A copy of an emptied journal is no way back to the entries: the newest with entries is.
    const backups = listSnapshots(snapshotDir(this.file))
    const latestBackup = backups.find((b) => !b.empty) ?? backups[0] ?? null
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
    setAsideJournal(this.file, this.#options.now())
    return this.open()
  }

  setAsideWal(): JournalStatus {
    this.#requireAction('setAsideWal')
    setAsideWal(this.file, this.#options.now())
    return this.open()
  }

  setAsideDamagedWal(): { status: JournalStatus; unreadable: number; aside: string } {
    this.#requireAction('setAsideDamagedWal')
    const wal = `${this.file}-wal`
    const bytes = readFileSync(wal)
    const scan = scanWal(bytes)
    const aside = setAsideWal(this.file, this.#options.now())
    // The part SQLite could replay goes back whole (or not at all), so no readable change is
    // dropped with the damaged ones; the damaged file itself stays as it was, renamed.
    if (scan.headerOk && scan.replayBytes > 0) {
      writeFileAtomic(wal, bytes.subarray(0, scan.replayBytes))
    }
    return { status: this.open(), unreadable: scan.unreadableCommits, aside }
  }

  replaceUnusable(rows: BackupRows): JournalStatus {
    const actions = this.status()
    const restores = actions.state === 'unavailable' ? actions.actions : []
    if (!restores.includes('restoreFile') && !restores.includes('openLatestBackup')) {
      throw this.#notNow()
    }
    // The new journal is built beside the old one and only renamed into place once whole.
    const building = join(dirname(this.file), `.${basename(this.file)}.restoring`)
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true })
    try {
      const { db } = openJournal(building, {
        ...(this.#options.migrations ? { migrations: this.#options.migrations } : {}),
      })
      try {
        replaceDiary(db, rows)
        db.pragma('wal_checkpoint(TRUNCATE)')
      } finally {
        db.close()
      }
      setAsideJournal(this.file, this.#options.now())
      renameSync(building, this.file)
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true })
    }
    return this.open()
  }

  #requireAction(action: RepairAction): void {
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
      // The journal opened whole: copies a crash left unfinished are no longer needed.
      removeUnfinishedSnapshots(snapshotDir(this.file), this.#state.db)
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
