import type { QueryClient } from '@tanstack/react-query'
import { setDisplayLocale } from '@shared/format'
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
}
