import type { Clock, TimerHandle } from '../src/renderer/src/features/timers/model/clock'

/** A clock that only moves when told to; due callbacks run in time order as it moves. */
export class FakeClock implements Clock {
  private time: number
  private nextId = 1
  private queue: { id: number; at: number; callback: () => void }[] = []

  constructor(start: number | Date = new Date(2026, 10, 25, 9, 0)) {
    this.time = typeof start === 'number' ? start : start.getTime()
  }

  now(): number {
    return this.time
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const id = this.nextId++
    this.queue.push({ id, at: this.time + Math.max(0, ms), callback })
    return id
  }

  clearTimeout(handle: TimerHandle): void {
    this.queue = this.queue.filter((t) => t.id !== handle)
  }

  /** How many callbacks are waiting. */
  get pending(): number {
    return this.queue.length
  }

  /** Moves time forward without running anything, like a machine waking from sleep. */
  jump(ms: number): void {
    this.time += ms
  }

  /** Moves time forward by `ms`, running every callback that falls due on the way. */
  advance(ms: number): void {
    const end = this.time + ms
    for (;;) {
      const due = this.queue
        .filter((t) => t.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0]
      if (!due) break
      this.queue = this.queue.filter((t) => t !== due)
      this.time = due.at
      due.callback()
    }
    this.time = end
  }
}
