import { z } from 'zod'
import type { TemperatureUnit } from './format'

/**
 * Units and the calendar, as settings whose default is the person's region: "auto" follows the
 * display locale, anything else is their choice.
 */

export const TEMPERATURE_SETTINGS = ['auto', 'celsius', 'fahrenheit'] as const
export const temperatureSettingSchema = z.enum(TEMPERATURE_SETTINGS, {
  error: 'The temperature unit is automatic, Celsius or Fahrenheit.',
})
export type TemperatureSetting = z.infer<typeof temperatureSettingSchema>

export const WEEK_START_SETTINGS = ['auto', 'monday', 'sunday', 'saturday'] as const
export const weekStartSettingSchema = z.enum(WEEK_START_SETTINGS, {
  error: 'The week starts automatically, on Monday, Sunday or Saturday.',
})
export type WeekStartSetting = z.infer<typeof weekStartSettingSchema>

/** 0 = Sunday … 6 = Saturday, as date-fns' weekStartsOn and SQLite's strftime('%w') count. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6

// CLDR's temperature preference: Fahrenheit in these regions, Celsius everywhere else.
const FAHRENHEIT_REGIONS: ReadonlySet<string> = new Set(['US', 'BS', 'BZ', 'KY', 'PR', 'PW'])

function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().region
  } catch {
    return undefined
  }
}

export function temperatureUnitFor(setting: TemperatureSetting, locale: string): TemperatureUnit {
  if (setting !== 'auto') return setting
  const region = regionOf(locale)
  return region && FAHRENHEIT_REGIONS.has(region) ? 'fahrenheit' : 'celsius'
}

const WEEK_DAYS: Record<Exclude<WeekStartSetting, 'auto'>, WeekDay> = {
  sunday: 0,
  monday: 1,
  saturday: 6,
}

/** A region's first day of the week (Intl's week info), else Monday. */
function regionWeekStart(locale: string): WeekDay {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number }
      weekInfo?: { firstDay: number }
    }
    // Intl numbers days 1 (Monday) to 7 (Sunday).
    const firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1
    return (firstDay % 7) as WeekDay
  } catch {
    return 1
  }
}

// Asked on every report: Intl's week info is looked up once per locale.
const regionWeekStarts = new Map<string, WeekDay>()

/** The first day of the week: the setting, or the region's (Intl's week info), else Monday. */
export function weekStartFor(setting: WeekStartSetting, locale: string): WeekDay {
  if (setting !== 'auto') return WEEK_DAYS[setting]
  let day = regionWeekStarts.get(locale)
  if (day === undefined) {
    day = regionWeekStart(locale)
    regionWeekStarts.set(locale, day)
  }
  return day
}

export const WEEK_DAY_NAMES: Record<WeekDay, string> = {
  0: 'Sunday',
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
}
