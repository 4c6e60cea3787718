import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'

/**
 * The episode whose dates cover a date (an ongoing one covers up to today). When episodes of
 * different regions overlap, the one that started last wins: it is the spasm the entry is most
 * likely about. Shared by check-in saves and episode changes so both link the same way.
 */
export function coveringEpisode(dateExpr: string): string {
  return `(SELECT e.id FROM episodes e
    WHERE e.started_on <= ${dateExpr} AND (e.ended_on IS NULL OR e.ended_on >= ${dateExpr})
    ORDER BY e.started_on DESC, e.id DESC LIMIT 1)`
}

const CHECKIN = coveringEpisode('checkins.date')
const TREATMENT = coveringEpisode('substr(treatments.started_at, 1, 10)')

function statements(db: DB) {
  return {
    checkins: db.prepare(
      `UPDATE checkins SET episode_id = ${CHECKIN} WHERE episode_id IS NOT ${CHECKIN}`,
    ),
    treatments: db.prepare(
      `UPDATE treatments SET episode_id = ${TREATMENT} WHERE episode_id IS NOT ${TREATMENT}`,
    ),
  }
}
const stmts = preparedPerConnection(statements)

/**
 * Sets every check-in's and treatment's episode to the one covering its date, in SQL. Callers
 * run it inside the transaction that changed the episodes, so links never disagree with dates.
 */
export function relinkEntries(db: DB): void {
  const s = stmts(db)
  s.checkins.run()
  s.treatments.run()
}
