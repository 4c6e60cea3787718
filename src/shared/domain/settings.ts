import { z } from 'zod'
import type { HealthHistory } from '../clinical/symptoms'

const yesNo = (what: string) => z.boolean({ error: `${what} is answered yes or no.` })

export const healthHistorySchema = z
  .object({
    historyOfCancer: yesNo('History of cancer'),
    longTermSteroids: yesNo('Long-term steroid use'),
    ivDrugUse: yesNo('Injected drug use'),
  })
  .strict() satisfies z.ZodType<HealthHistory>

/**
 * Every setting, one row of the settings table per key, its value stored as JSON. A new
 * setting is a new key here with its schema and default; nothing else changes.
 */
export const settingsShape = {
  healthHistory: healthHistorySchema,
} as const

export const settingsSchema = z.object(settingsShape)
export type Settings = z.infer<typeof settingsSchema>
export type SettingKey = keyof Settings

export const SETTINGS_DEFAULTS: Settings = {
  healthHistory: { historyOfCancer: false, longTermSteroids: false, ivDrugUse: false },
}

/** What `settings:save` takes: any of the keys, each given whole. */
export const settingsPatchSchema = settingsSchema.partial().strict()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>
