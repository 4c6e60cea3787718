import { appHandlers } from '../app/app.handlers'
import { checkinsHandlers } from '../checkins/checkins.handlers'
import { notifyHandlers } from '../notify/notify.handlers'
import { treatmentsHandlers } from '../treatments/treatments.handlers'
import { episodesHandlers } from '../episodes/episodes.handlers'
import { settingsHandlers } from '../settings/settings.handlers'
import { alertsHandlers } from '../alerts/alerts.handlers'
import { trendsHandlers } from '../trends/trends.handlers'
import { reportHandlers } from '../report/report.handlers'
import { backupHandlers } from '../backup/backup.handlers'
import { journalHandlers, repairHandlers } from '../journal/journal.handlers'
import { guardJournal } from '../journal/journal-guard'
import { remindersHandlers } from '../reminders/reminders.handlers'
import { pegHandlers } from '../peg/peg.handlers'
import { insightsHandlers } from '../insights/insights.handlers'
import { experimentsHandlers } from '../experiments/experiments.handlers'
import type { HandlerMap } from './handler'

// Every handler runs behind the journal guard (no journal open, read-only, locked).
export const handlers: HandlerMap = guardJournal({
  ...appHandlers,
  ...checkinsHandlers,
  ...treatmentsHandlers,
  ...notifyHandlers,
  ...episodesHandlers,
  ...settingsHandlers,
  ...alertsHandlers,
  ...trendsHandlers,
  ...reportHandlers,
  ...backupHandlers,
  ...journalHandlers,
  ...repairHandlers,
  ...remindersHandlers,
  ...pegHandlers,
  ...insightsHandlers,
  ...experimentsHandlers,
})
