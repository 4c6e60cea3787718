import { createApi } from '../../src/preload/api'
import type { Channel } from '../../src/shared/contract'

declare global {
  interface Window {
    /** Bound by Playwright's exposeBinding to the real main-process dispatch. */
    __unknotInvoke: (channel: Channel, input: unknown) => Promise<unknown>
  }
}

// Stands in for contextBridge.exposeInMainWorld: the same createApi, frozen and read-only.
Object.defineProperty(window, 'journal', {
  value: Object.freeze(createApi((channel, input) => window.__unknotInvoke(channel, input))),
  writable: false,
  configurable: false,
})
