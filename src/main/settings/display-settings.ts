import type { DB } from '../db/database'
import { setTemperatureUnit } from '../../shared/format'
import { temperatureUnitFor, weekStartFor, type WeekDay } from '../../shared/units'
import { SETTINGS_DEFAULTS, type Settings } from '../../shared/domain/settings'
import { getSettings } from './settings.repo'

function settingsOrDefaults(db: DB): Settings {
  try {
    return getSettings(db)
  } catch {
    // A damaged row is reported where settings are read; units fall back to the region's.
    return SETTINGS_DEFAULTS
  }
}

/**
 * Puts the person's temperature unit into effect for main's sentences (the fever warning in
 * alerts and the report): at start-up, after Settings are saved and after a restore.
 */
export function applyDisplaySettings(db: DB, locale: string): void {
  setTemperatureUnit(temperatureUnitFor(settingsOrDefaults(db).temperatureUnit, locale))
}

/** The first day of the week for the report's weekly means. */
export function weekStartsOn(db: DB, locale: string): WeekDay {
  return weekStartFor(settingsOrDefaults(db).weekStart, locale)
}
