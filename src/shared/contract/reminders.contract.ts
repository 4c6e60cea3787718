import { z } from 'zod'
import { channel } from './define'
import {
  habitSettingsPatchSchema,
  habitSettingsSchema,
  snoozeInputSchema,
  snoozeResultSchema,
} from '../domain/reminders'

export const remindersContract = {
  /** Reminder times, the tray and the log-in item, as they are now. */
  'reminders:get': channel(z.undefined(), habitSettingsSchema),
  /** Saves what is given (all of it or none), re-arms the reminders, answers with all. */
  'reminders:save': channel(habitSettingsPatchSchema, habitSettingsSchema),
  /** "Remind me again in 30 minutes" for a check-in still open today. */
  'reminders:snooze': channel(snoozeInputSchema, snoozeResultSchema),
}
