import type { DB } from '../db/database'
import { setTemperatureUnit } from '../../shared/format'
import { temperatureUnitFor, weekStartFor, type WeekDay } from '../../shared/units'
import { SETTINGS_DEFAULTS, type Settings } from '../../shared/domain/settings'
import { getSettings } from './settings.repo'

/** Where the journal is found: `ctx.db` throws while no journal is open. */
interface JournalAccess {
  readonly db: DB
}

function settingsOrDefaults(journal: JournalAccess): Settings {
  try {
    return getSettings(journal.db)
  } catch {
    // No journal open yet, or a damaged row (reported where settings are read): the region's.
    return SETTINGS_DEFAULTS
  }
}

/**
 * Puts the person's temperature unit into effect for main's sentences (the fever warning in
 * alerts and the report): at start-up, after Settings are saved and after a restore.
 */
export function applyDisplaySettings(journal: JournalAccess, locale: string): void {
  setTemperatureUnit(temperatureUnitFor(settingsOrDefaults(journal).temperatureUnit, locale))
}

/** The first day of the week for the report's weekly means. */
export function weekStartsOn(journal: JournalAccess, locale: string): WeekDay {
  return weekStartFor(settingsOrDefaults(journal).weekStart, locale)
}
