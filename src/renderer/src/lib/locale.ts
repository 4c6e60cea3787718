import type { QueryClient } from '@tanstack/react-query'
import type { Settings } from '@shared/domain/settings'
import { displayLocale, setDisplayLocale, setTemperatureUnit } from '@shared/format'
import { temperatureUnitFor } from '@shared/units'
import { callChannel } from './bridge'
import { channelKey } from './channels'

/**
 * Before the first render: the locale main chose from the system, so every date, time and number
 * on screen is written the person's way from the first paint. Without an answer (no journal
 * open yet) the window's own language, which Electron takes from the same system, stands in.
 */
export async function loadDisplayLocale(client: QueryClient): Promise<void> {
  try {
    const info = await callChannel('app:info', undefined)
    setDisplayLocale(info.locale)
    client.setQueryData(channelKey('app:info'), info)
  } catch {
    setDisplayLocale(navigator.language)
  }
  try {
    const settings = await callChannel('settings:get', undefined)
    applyUnitSettings(settings)
    client.setQueryData(channelKey('settings:get'), settings)
  } catch {
    // No journal yet: the region's units until there is one.
    setTemperatureUnit(temperatureUnitFor('auto', displayLocale()))
  }
}

/** The person's temperature unit (their choice, or their region's) for what the window writes. */
export function applyUnitSettings(settings: Pick<Settings, 'temperatureUnit'>): void {
  setTemperatureUnit(temperatureUnitFor(settings.temperatureUnit, displayLocale()))
}
