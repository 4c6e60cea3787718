// Relative, not @shared: the Playwright project (tsconfig.e2e.json) reads this file without aliases.
import type { JournalApi } from '../../shared/contract'

declare global {
  interface Window {
    /** The typed bridge from the preload; the window's only way to the diary. */
    readonly journal: JournalApi
  }
}

export {}
