import type { Clock } from '../src/main/reminders/wall-clock'

interface PendingTimer {
  id: number
  /** On the elapsed-time count, as Node's timers are: it stands still while the machine sleeps. */
  due: number
  callback: () => void
}

/**
 * A clock for reminder tests: a wall clock in a named time zone, and timers that count elapsed
 * time the way real ones do. `advance` lets time pass awake (timers run in order); `sleep` moves
 * only the wall clock, like a suspended laptop; `setTime` and `setTimeZone` are a person
 * changing the clock or travelling.
 */
export class FakeWallClock implements Clock {
  private wall: number
  private zone: string
  private elapsed = 0
  private nextId = 1
  private timers: PendingTimer[] = []

  constructor(start: string | number, timeZone: string) {
    this.wall = typeof start === 'number' ? start : Date.parse(start)
    this.zone = timeZone
  }

  now(): number {
    return this.wall
  }

  timeZone(): string {
    return this.zone
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++
    this.timers.push({ id, due: this.elapsed + Math.max(0, ms), callback })
    return id
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle)
  }

  /** Lets `ms` pass with the machine awake, running each timer when it comes due. */
  advance(ms: number): void {
    const end = this.elapsed + ms
    for (;;) {
      const next = this.timers.filter((t) => t.due <= end).sort((a, b) => a.due - b.due)[0]
      if (!next) break
      this.wall += next.due - this.elapsed
      this.elapsed = next.due
      this.timers = this.timers.filter((t) => t !== next)
      next.callback()
    }
    this.wall += end - this.elapsed
    this.elapsed = end
  }

  /** Lets time pass awake until the wall clock shows `instant`. */
  advanceTo(instant: string | number): void {
    const target = typeof instant === 'number' ? instant : Date.parse(instant)
    if (target < this.wall) throw new Error('advanceTo goes forward only; use setTime')
    this.advance(target - this.wall)
  }

  /** The machine sleeps for `ms`: the wall clock moves on, pending timers do not count it. */
  sleep(ms: number): void {
    this.wall += ms
  }

  /** The person (or the network) sets the clock: no time passes for the timers. */
  setTime(instant: string | number): void {
    this.wall = typeof instant === 'number' ? instant : Date.parse(instant)
  }

  setTimeZone(timeZone: string): void {
    this.zone = timeZone
  }

  get pendingTimers(): number {
    return this.timers.length
  }
}
