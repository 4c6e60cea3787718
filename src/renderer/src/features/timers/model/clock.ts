/**
 * Time as the guided timers see it. Injected so tests can run a 20-minute ice phase in
 * milliseconds (`testing/fake-clock.ts`); in the window it is the system clock, which
 * Playwright's clock can stand in for.
 */
export type TimerHandle = unknown

export interface Clock {
  /** Milliseconds since the epoch, like Date.now(). */
  now(): number
  setTimeout(callback: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}
