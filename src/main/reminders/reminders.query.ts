import type { DB } from '../db/database'
import type { IsoDate } from '../../shared/dates'
import type { ReminderSlot } from '../../shared/domain/reminders'
import { preparedPerConnection } from '../db/statements'

function statements(db: DB) {
  return {
    recorded: db
      .prepare<{ date: string; slot: ReminderSlot }, number>(
        `SELECT EXISTS (SELECT 1 FROM checkins WHERE date = :date AND slot = :slot)`,
      )
      .pluck(),
  }
}
const stmts = preparedPerConnection(statements)

/** Whether that date's morning or evening check-in is in the journal. */
export function isCheckinRecorded(db: DB, date: IsoDate, slot: ReminderSlot): boolean {
  return stmts(db).recorded.get({ date, slot }) === 1
}
