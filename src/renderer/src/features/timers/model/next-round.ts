import type { Clock, TimerHandle } from './clock'
import { ICE_OFF_MINUTES, ICE_ON_MINUTES } from './protocols'

/**
 * offered (the dock says when the next round is, with "Remind me") → reminding (chosen) → due
 * (the notification went out at that time). Not chosen, the offer goes away when its moment has
 * passed ('passed'); "Don't remind me" takes a reminder back to offered.
 */
export type NextRoundStatus = 'offered' | 'reminding' | 'due' | 'passed'

export interface NextRoundView {
  /** Clock time (ms) of the next round. */
  atMs: number
  status: NextRoundStatus
}

export interface NextRoundDeps {
  clock: Clock
  /** Asks for a desktop notification (the window passes notify:show). */
  notify: (message: { title: string; body: string }) => void
}

/** The rest between rounds of ice, from the moment the ice came off. */
export const ICE_REST_MS = ICE_OFF_MINUTES * 60_000

/**
 * The next round of ice after a session, as an offer: a notification comes at that time only if
 * the person asked for one. Time is read from the injected clock, so a sleep only makes the
 * notification late, never early.
 */
export class NextRound {
  readonly atMs: number
  private readonly deps: NextRoundDeps
  private status: NextRoundStatus = 'offered'
  private handle: { id: TimerHandle } | null = null
  private readonly listeners = new Set<() => void>()

  constructor(iceEndedAtMs: number, deps: NextRoundDeps) {
    this.atMs = iceEndedAtMs + ICE_REST_MS
    this.deps = deps
    this.schedule()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  view(): NextRoundView {
    return { atMs: this.atMs, status: this.status }
  }

  /** The person asked to be reminded. */
  remind(): void {
    if (this.status !== 'offered') return
    this.status = 'reminding'
    this.emit()
  }

  /** "Don't remind me": back to a plain offer, no notification. */
  forget(): void {
    if (this.status !== 'reminding') return
    this.status = 'offered'
    this.emit()
  }

  /** Closed, or replaced by a new round: nothing more will come from it. */
  dispose(): void {
    if (this.handle !== null) this.deps.clock.clearTimeout(this.handle.id)
    this.handle = null
    this.listeners.clear()
  }

  private schedule(): void {
    const wait = this.atMs - this.deps.clock.now()
    const id = this.deps.clock.setTimeout(() => this.arrive(), Math.max(0, wait))
    this.handle = { id }
  }

  private arrive(): void {
    this.handle = null
    // A callback can come early only if the clock was set back; wait for the real moment.
    if (this.deps.clock.now() < this.atMs) {
      this.schedule()
      return
    }
    if (this.status === 'reminding') {
      this.status = 'due'
      this.deps.notify({
        title: 'Ice: the next round',
        body: `Time for the next ${ICE_ON_MINUTES} minutes of ice, if you want it. Open Unknot to start the timer.`,
      })
    } else if (this.status === 'offered') {
      this.status = 'passed'
    }
    this.emit()
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}
