import { z } from 'zod'
import { channel } from './define'
import { alertKeySchema, alertSchema } from '../domain/alert'

export const alertsContract = {
  /** Active, unacknowledged alerts, most serious first. */
  'alerts:list': channel(z.undefined(), z.array(alertSchema)),
  /** Stores when an active alert was acknowledged; answers with it. */
  'alerts:acknowledge': channel(alertKeySchema, alertSchema),
  /** Acknowledged alerts, newest acknowledgement first, as they read when acknowledged. */
  'alerts:history': channel(z.undefined(), z.array(alertSchema)),
  /** Undoes an acknowledgement (Today's undo); answers the alert, unacknowledged. */
  'alerts:unacknowledge': channel(alertKeySchema, alertSchema),
}
