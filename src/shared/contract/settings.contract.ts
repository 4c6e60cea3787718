import { z } from 'zod'
import { read, write } from './define'
import { settingsPatchSchema, settingsSchema } from '../domain/settings'

export const settingsContract = {
  /** Every setting, defaults filled in. */
  'settings:get': read(z.undefined(), settingsSchema),
  /**
   * Saves the keys given (each whole) and answers with every setting. Settings reach the alerts
   * (health history), the report (label, questions, week start), the reminders and the welcome.
   */
  'settings:save': write(settingsPatchSchema, settingsSchema, [
    'settings',
    'alerts',
    'report',
    'reminders',
    'app:firstRun',
  ]),
}
