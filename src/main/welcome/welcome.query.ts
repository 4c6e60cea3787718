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
    firstDate: db
      .prepare<[], string | null>(
        `SELECT min(d) FROM (
           SELECT min(date) AS d FROM checkins
           UNION ALL SELECT min(started_on) FROM episodes
           UNION ALL SELECT min(substr(started_at, 1, 10)) FROM treatments
           UNION ALL SELECT min(date) FROM peg_scores)`,
      )
      .pluck(),
  }
}
const stmts = preparedPerConnection(statements)

/** True while the journal holds no check-in, episode or treatment. */
export function isDiaryEmpty(db: DB): boolean {
  return stmts(db).anything.get() === 0
}

/** The date of the journal's first entry of any kind, or null while it is empty. */
export function diaryStartedOn(db: DB): string | null {
  return stmts(db).firstDate.get() ?? null
}
