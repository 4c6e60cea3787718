import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'

/** The first day anything was recorded (each min() is answered from an index). */
export const FIRST_RECORDED_DAY_SQL = `
  SELECT min(
    coalesce((SELECT min(date) FROM checkins), '9999-12-31'),
    coalesce((SELECT min(started_on) FROM episodes), '9999-12-31'),
    coalesce((SELECT substr(min(started_at), 1, 10) FROM treatments), '9999-12-31')
  ) AS first`

const stmts = preparedPerConnection((db: DB) => ({
  firstDay: db.prepare<[], { first: string }>(FIRST_RECORDED_DAY_SQL),
}))

/** First day with anything recorded, or undefined for an empty diary. */
export function firstRecordedDay(db: DB): string | undefined {
  const first = stmts(db).firstDay.get()?.first
  return first && first !== '9999-12-31' ? first : undefined
}
