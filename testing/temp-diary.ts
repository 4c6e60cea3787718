import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type DB } from '../src/main/db/database'
import { handlers } from '../src/main/ipc/handlers'
import { dispatch } from '../src/main/ipc/dispatch'
import type { HandlerContext } from '../src/main/ipc/handler'
import { createFakeServices, type FakeServices } from './fake-services'

/** A real journal file in a fresh temp folder, for one test. */
export interface TempDiary {
  dir: string
  file: string
  db: DB
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
  const db = openDatabase(file)
  const now = options.now ?? (() => new Date())
  const services = createFakeServices(now)
  const ctx: HandlerContext = {
    db,
    now,
    app: { name: 'Unknot', version: '0.0.0-test', dataFile: file },
    services,
  }
  return {
    dir,
    file,
    db,
    ctx,
    services,
    call: (channel, input) => dispatch(handlers, ctx, channel, input, () => {}),
    close: () => {
      if (db.open) db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Every row of every table, to prove a refused request changed nothing. */
export function snapshot(db: DB): Record<string, unknown[]> {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
  const out: Record<string, unknown[]> = {}
  for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}"`).all()
  return out
}
