import Database from 'better-sqlite3'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DB } from '../src/main/db/database'
import { MARKER_TABLE } from '../src/main/db/migrations/003-application-id'
import type { Migration } from '../src/main/db/migrations/migration'
import { JournalSession } from '../src/main/journal/journal-session'
import { handlers } from '../src/main/ipc/handlers'
import { dispatch } from '../src/main/ipc/dispatch'
import type { HandlerContext } from '../src/main/ipc/handler'
import { createFakeServices, type FakeServices } from './fake-services'

/** A real journal file in a fresh temp folder, for one test. */
export interface TempDiary extends TempJournal {
  db: DB
}

/** Tests write dates as in the UK, whatever the machine's locale (see shared/format). */
const TEST_LOCALE = { locale: 'en-GB', systemLanguages: ['en-GB'] }

export function makeTempDir(prefix = 'unknot-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** A journal in a temp folder that may not open (damaged, locked, read-only …), for journal repair tests. */
export interface TempJournal {
  dir: string
  file: string
  /** The journal the handlers see (open, read-only or unavailable), as in the app. */
  journal: JournalSession
  ctx: HandlerContext
  services: FakeServices
  /** Calls a channel exactly as the window would, through parse, handler and envelope. */
  call: (channel: string, input?: unknown) => ReturnType<typeof dispatch>
  /** Calls a channel that must succeed, for its value; a refusal throws with its message. */
  ok: <T = unknown>(channel: string, input?: unknown) => Promise<T>
  close: () => void
}

export interface TempJournalOptions {
  now?: () => Date
  /** Lays files in the folder before the journal is opened (a damaged file, a stray WAL …). */
  prepare?: (file: string, dir: string) => void
  automaticBackups?: boolean
  busyTimeoutMs?: number
  /** An existing folder to use (a read-only mount); it is not removed on close. */
  dir?: string
  /** Migrations other than the app's (one that fails, say). */
  migrations?: readonly Migration[]
}

let template: string | undefined

/**
 * A new journal, made once per test process by the app's own open and migrations, and
 * checkpointed into one file. Making one is about 25 ms of a test (the migrations' DDL and the
 * file's syncs), and most tests start from a new journal (docs/testing.md).
 */
function migratedTemplate(): string {
  if (template !== undefined) return template
  const dir = makeTempDir('unknot-template-')
  const file = join(dir, 'journal.sqlite')
  const journal = new JournalSession({
    file,
    now: () => new Date(),
    automaticBackups: false,
    log: () => {},
  })
  if (journal.open().state !== 'open') throw new Error('The test journal template did not open')
  journal.db.pragma('wal_checkpoint(TRUNCATE)')
  journal.close()
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  template = file
  return file
}

/**
 * Lays a copy of the new journal at `file`, with its own journal id as a new journal gets one
 * (backups and stray WALs are told apart by it). No fsync: the copy goes with its test.
 */
function copyNewJournal(file: string): void {
  copyFileSync(migratedTemplate(), file)
  const db = new Database(file)
  try {
    db.pragma('synchronous = OFF')
    db.exec(`UPDATE ${MARKER_TABLE} SET journal_id = lower(hex(randomblob(16)))`)
  } finally {
    db.close()
  }
}

/**
 * A journal in a temp folder, opened as the app opens one. Without `prepare`, `dir` or
 * `migrations` it starts as a copy of a new journal (`copyNewJournal`); tests of making and
 * migrating a file pass one of them, or call openJournal.
 */
export function openTempJournal(options: TempJournalOptions = {}): TempJournal {
  const dir = options.dir ?? makeTempDir()
  const file = join(dir, 'journal.sqlite')
  const now = options.now ?? (() => new Date())
  const fresh = options.prepare === undefined && options.dir === undefined && !options.migrations
  if (fresh) copyNewJournal(file)
  options.prepare?.(file, dir)
  const journal = new JournalSession({
    file,
    now,
    automaticBackups: options.automaticBackups ?? false,
    busyTimeoutMs: options.busyTimeoutMs ?? 200,
    log: () => {},
    ...(options.migrations ? { migrations: options.migrations } : {}),
  })
  journal.open()
  const services = createFakeServices(now)
  const ctx: HandlerContext = {
    get db() {
      return journal.db
    },
    journal,
    now,
    app: { name: 'Unknot', version: '0.0.0-test', dataFile: file, ...TEST_LOCALE },
    services,
  }
  const call = (channel: string, input?: unknown) =>
    dispatch(handlers, ctx, channel, input, () => {})
  return {
    dir,
    file,
    journal,
    ctx,
    services,
    call,
    ok: async <T>(channel: string, input?: unknown) => {
      const result = await call(channel, input)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value as T
    },
    close: () => {
      journal.close()
      if (options.dir === undefined) rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function openTempDiary(options: { now?: () => Date } = {}): TempDiary {
  const opened = openTempJournal(options)
  const db = opened.journal.db
  return {
    ...opened,
    db,
    close: () => {
      opened.close()
      if (db.open) db.close()
    },
  }
}

/**
 * Every row of every table, to prove a refused request changed nothing. The write marker is
 * left out: it counts writes, so a restore of the same rows still moves it on.
 */
export function snapshot(db: DB): Record<string, unknown[]> {
  const tables = db
    .prepare<[string], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY name",
    )
    .all(MARKER_TABLE)
  const out: Record<string, unknown[]> = {}
  for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}"`).all()
  return out
}
