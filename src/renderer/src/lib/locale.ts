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
  // Asked together: each answer is one round trip to main, and the first paint waits for both.
  const [info, settings] = await Promise.allSettled([
    callChannel('app:info', undefined),
    callChannel('settings:get', undefined),
  ])
  if (info.status === 'fulfilled') {
    setDisplayLocale(info.value.locale)
    client.setQueryData(channelKey('app:info'), info.value)
  } else {
    setDisplayLocale(navigator.language)
  }
  if (settings.status === 'fulfilled') {
    applyUnitSettings(settings.value)
    client.setQueryData(channelKey('settings:get'), settings.value)
  } else {
    // No journal yet: the region's units until there is one.
    setTemperatureUnit(temperatureUnitFor('auto', displayLocale()))
  }
}

/** The person's temperature unit (their choice, or their region's) for what the window writes. */
export function applyUnitSettings(settings: Pick<Settings, 'temperatureUnit'>): void {
  setTemperatureUnit(temperatureUnitFor(settings.temperatureUnit, displayLocale()))
}
