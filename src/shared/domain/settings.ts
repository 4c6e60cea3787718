import { z } from 'zod'
import { HEALTH_HISTORY_ANSWERS, type HealthHistory } from '../clinical/symptoms'

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
  eveningFactors: false,
}

/** What `settings:save` takes: any of the keys, each given whole. */
export const settingsPatchSchema = settingsSchema.partial().strict()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>
