import { createApi } from '../../src/preload/api'
import type { Channel } from '../../src/shared/contract'

declare global {
  interface Window {
    /** Bound by Playwright's exposeBinding to the real main-process dispatch. */
    __unknotInvoke: (channel: Channel, input: unknown) => Promise<unknown>
    /** Delivers one of main's events to the page, as `webContents.send` would. */
    __unknotEmit: (event: string, payload: unknown) => void
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>()

// Stands in for contextBridge.exposeInMainWorld: the same createApi, frozen and read-only.
Object.defineProperty(window, 'journal', {
  value: Object.freeze(
    createApi(
      (channel, input) => window.__unknotInvoke(channel, input),
      (event, listener) => {
        const set = listeners.get(event) ?? new Set()
        listeners.set(event, set)
        set.add(listener)
        return () => set.delete(listener)
      },
    ),
  ),
  writable: false,
  configurable: false,
})

window.__unknotEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload)
}
