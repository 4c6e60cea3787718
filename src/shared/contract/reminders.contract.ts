import { z } from 'zod'
import { read, write } from './define'
import {
  desktopSettingsPatchSchema,
  desktopSettingsSchema,
  snoozeInputSchema,
  snoozeResultSchema,
} from '../domain/reminders'

export const remindersContract = {
  /** Reminder times, the tray and the log-in item, as they are now. */
  'reminders:get': read(z.undefined(), desktopSettingsSchema),
  /** Saves what is given (all of it or none), re-arms the reminders, answers with all. */
  'reminders:save': write(desktopSettingsPatchSchema, desktopSettingsSchema, [
    'reminders',
    'settings',
  ]),
  /** "Remind me again in 30 minutes" for a check-in still open today. */
  'reminders:snooze': read(snoozeInputSchema, snoozeResultSchema),
}
