import { appHandlers } from '../app/app.handlers'
import { checkinsHandlers } from '../checkins/checkins.handlers'
import { trendsHandlers } from '../trends/trends.handlers'
import { reportHandlers } from '../report/report.handlers'
import { backupHandlers } from '../backup/backup.handlers'
import type { HandlerMap } from './handler'

export const handlers: HandlerMap = {
  ...appHandlers,
  ...checkinsHandlers,
  ...trendsHandlers,
  ...reportHandlers,
  ...backupHandlers,
}
