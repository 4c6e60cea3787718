import { channelNames, eventNames } from '../shared/contract/channels'
import type { Invoke, JournalApi } from '../shared/contract'

/** How the preload listens to one of main's events; answers the unsubscribe. */
export type Listen = (event: string, listener: (payload: unknown) => void) => () => void

/**
 * Builds `window.journal` from the contract: one method per channel and `on` for main's events,
 * and nothing else, so the window can never name a channel or an event the contract does not have.
 */
export function createApi(invoke: Invoke, listen: Listen): JournalApi {
  const api: Record<string, unknown> = {}
  for (const name of channelNames) {
    const [domain, verb] = name.split(':') as [string, string]
    const group = (api[domain] ??= {}) as Record<string, (input?: unknown) => Promise<unknown>>
    group[verb] = (input?: unknown) => invoke(name, input)
  }
  api['on'] = (event: unknown, listener: unknown) => {
    if (!(eventNames as readonly unknown[]).includes(event) || typeof event !== 'string') {
      throw new Error(`Unknown event: ${String(event)}`)
    }
    if (typeof listener !== 'function') throw new Error('A listener must be a function.')
    return listen(event, (payload) => (listener as (p: unknown) => void)(payload))
  }
  return api as unknown as JournalApi
}
