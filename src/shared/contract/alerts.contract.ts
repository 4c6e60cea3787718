import { z } from 'zod'
import { read, write } from './define'
import { alertKeySchema, alertSchema } from '../domain/alert'

export const alertsContract = {
  /** Active, unacknowledged alerts, most serious first. */
  'alerts:list': read(z.undefined(), z.array(alertSchema)),
  /** Stores when an active alert was acknowledged; answers with it. */
  'alerts:acknowledge': write(alertKeySchema, alertSchema, ['alerts']),
  /** Acknowledged alerts, newest acknowledgement first, as they read when acknowledged. */
  'alerts:history': read(z.undefined(), z.array(alertSchema)),
  /** Undoes an acknowledgement (Today's undo); answers the alert, unacknowledged. */
  'alerts:unacknowledge': write(alertKeySchema, alertSchema, ['alerts']),
}
