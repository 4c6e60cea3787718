import type { DomainHandlers } from '../ipc/handler'
import {
  acknowledgeAlert,
  listActiveAlerts,
  listAlertHistory,
  unacknowledgeAlert,
} from './alerts.repo'

export const alertsHandlers: DomainHandlers<'alerts'> = {
  'alerts:list': (_input, { db, now }) => listActiveAlerts(db, now()),
  'alerts:acknowledge': ({ key }, { db, now }) => acknowledgeAlert(db, key, now()),
  'alerts:history': (_input, { db }) => listAlertHistory(db),
  'alerts:unacknowledge': ({ key }, { db }) => unacknowledgeAlert(db, key),
}
