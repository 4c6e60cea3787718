import { z } from 'zod'
import { HEALTH_HISTORY_ANSWERS, type HealthHistory } from '../clinical/symptoms'
import { isoDateSchema } from '../dates'
import { temperatureSettingSchema, weekStartSettingSchema } from '../units'
import { REMINDER_DEFAULTS, remindersSchema } from './reminders'

const answer = (what: string) =>
  z.enum(HEALTH_HISTORY_ANSWERS, { error: `${what} is answered yes, no or not answered.` })

export const healthHistorySchema = z
  .object({
    historyOfCancer: answer('History of cancer'),
    longTermSteroids: answer('Long-term steroid use'),
    ivDrugUse: answer('Injected drug use'),
  })
  .strict() satisfies z.ZodType<HealthHistory>

// Unknot 0.1 stored true/false (its form started at "No"): such rows and backups read as yes/no.
const yesNo = (value: boolean) => (value ? 'yes' : 'no')
const legacyHealthHistorySchema = z
  .object({ historyOfCancer: z.boolean(), longTermSteroids: z.boolean(), ivDrugUse: z.boolean() })
  .strict()
  .transform((h): HealthHistory => ({
    historyOfCancer: yesNo(h.historyOfCancer),
    longTermSteroids: yesNo(h.longTermSteroids),
    ivDrugUse: yesNo(h.ivDrugUse),
  }))

/**
 * Every setting, one row of the settings table per key, its value stored as JSON. A new
 * setting is a new key here with its schema and default; nothing else changes.
 */
export const settingsShape = {
  healthHistory: healthHistorySchema,
  /** °C or °F, or "auto": the region's. */
  temperatureUnit: temperatureSettingSchema,
  /** The first day of the week, or "auto": the region's. */
  weekStart: weekStartSettingSchema,
  /** The name or label printed on the doctor's summary and in the FHIR export. */
  reportLabel: z
    .string({ error: 'The label must be text.' })
    .max(120, 'The label can be at most 120 characters.'),
  /** The person's questions for their doctor, printed right after the red flags. */
  doctorQuestions: z
    .string({ error: 'The questions must be text.' })
    .max(2000, 'The questions can be at most 2000 characters.'),
  /** The day the weekly PEG card was dismissed; it stays away for the rest of that week. */
  pegDismissedOn: isoDateSchema.nullable(),
  /** Morning and evening reminder times, each on or off (reminders:save re-arms them). */
  reminders: remindersSchema,
  /** Closing the window keeps Unknot in the tray; null = not chosen, follows the reminders. */
  keepInTray: z.boolean().nullable(),
  /** The one-time "Unknot is still in the tray" message has been shown. */
  trayNoticeShown: z.boolean(),
  /** The first-run welcome was finished or skipped (Settings can open it again). */
  welcomeDone: z.boolean(),
  /**
   * Per slot, the last local date whose reminder was dealt with (shown, or found recorded), so
   * a restart the same day does not remind again. Kept by main's scheduler only.
   */
  remindersHandled: z
    .object({ morning: isoDateSchema.optional(), evening: isoDateSchema.optional() })
    .strict(),
  /** Ask for today's factors (sitting, lifting, sleep…) on the evening check-in: off at first. */
  eveningFactors: z.boolean({ error: 'Asking for today’s factors is on or off.' }),
} as const

/** How each setting is read back from its row or a backup file: today's form or an older one. */
export const storedSettingsShape = {
  ...settingsShape,
  healthHistory: z.union([healthHistorySchema, legacyHealthHistorySchema]),
} as const

export const settingsSchema = z.object(settingsShape)
export type Settings = z.infer<typeof settingsSchema>
export type SettingKey = keyof Settings

export const SETTINGS_DEFAULTS: Settings = {
  healthHistory: {
    historyOfCancer: 'unanswered',
    longTermSteroids: 'unanswered',
    ivDrugUse: 'unanswered',
  },
  temperatureUnit: 'auto',
  weekStart: 'auto',
  reportLabel: '',
  doctorQuestions: '',
  pegDismissedOn: null,
  reminders: REMINDER_DEFAULTS,
  keepInTray: null,
  trayNoticeShown: false,
  welcomeDone: false,
  remindersHandled: {},
  eveningFactors: false,
}

/**
 * What `settings:save` takes: any of the keys, each given whole. Reminders and the tray go
 * through `reminders:save`, which also re-arms them.
 */
export const settingsPatchSchema = settingsSchema
  .omit({ reminders: true, keepInTray: true, trayNoticeShown: true, remindersHandled: true })
  .partial()
  .strict()
