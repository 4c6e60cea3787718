import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DB } from '../src/main/db/database'
import { MARKER_TABLE } from '../src/main/db/migrations/003-application-id'
import { JournalSession } from '../src/main/journal/journal-session'
import { handlers } from '../src/main/ipc/handlers'
import { dispatch } from '../src/main/ipc/dispatch'
import type { HandlerContext } from '../src/main/ipc/handler'
import { createFakeServices, type FakeServices } from './fake-services'

/** A real journal file in a fresh temp folder, for one test. */
export interface TempDiary {
  dir: string
  file: string
  db: DB
  /** The journal the handlers see (open, read-only or unavailable), as in the app. */
  journal: JournalSession
  ctx: HandlerContext
  services: FakeServices
  /** Calls a channel exactly as the window would, through parse, handler and envelope. */
  call: (channel: string, input?: unknown) => ReturnType<typeof dispatch>
  close: () => void
}

export function makeTempDir(prefix = 'unknot-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function openTempDiary(options: { now?: () => Date } = {}): TempDiary {
  const dir = makeTempDir()
  const file = join(dir, 'journal.sqlite')
  const now = options.now ?? (() => new Date())
  const journal = new JournalSession({ file, now, automaticBackups: false })
  journal.open()
  const db = journal.db
  const services = createFakeServices()
  const ctx: HandlerContext = {
    get db() {
      return journal.db
    },
    journal,
    now,
    app: { name: 'Unknot', version: '0.0.0-test', dataFile: file },
    services,
  }
  return {
    dir,
    file,
    db,
    journal,
    ctx,
    services,
    call: (channel, input) => dispatch(handlers, ctx, channel, input, () => {}),
    close: () => {
      journal.close()
      if (db.open) db.close()
      rmSync(dir, { recursive: true, force: true })
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
