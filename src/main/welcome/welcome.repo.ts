import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'

function statements(db: DB) {
  return {
    anything: db
      .prepare<[], number>(
        `SELECT EXISTS (SELECT 1 FROM checkins) OR EXISTS (SELECT 1 FROM episodes)
           OR EXISTS (SELECT 1 FROM treatments)`,
      )
      .pluck(),
  }
}
const stmts = preparedPerConnection(statements)

/** True while the journal holds no check-in, episode or treatment. */
export function isDiaryEmpty(db: DB): boolean {
  return stmts(db).anything.get() === 0
}
