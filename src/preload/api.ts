import { channelNames } from '../shared/contract/channels'
import type { Invoke, JournalApi } from '../shared/contract'

/**
 * Builds `window.journal` from the contract: one method per channel and nothing else, so the
 * window can never name a channel the contract does not have.
 */
export function createApi(invoke: Invoke): JournalApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const name of channelNames) {
    const [domain, verb] = name.split(':') as [string, string]
    const group = (api[domain] ??= {})
    group[verb] = (input?: unknown) => invoke(name, input)
  }
  return api as unknown as JournalApi
}
