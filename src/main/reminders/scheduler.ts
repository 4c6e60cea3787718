import type { IsoDate } from '../../shared/dates'
import type { ReminderSlot, Reminders } from '../../shared/domain/reminders'
import {
  decide,
  INITIAL_STATE,
  settingsChanged,
  snooze,
  type ReminderState,
  type Snooze,
} from './schedule'
import type { Clock } from './wall-clock'

export interface SchedulerOptions {
  clock: Clock
  /** The reminder settings as saved now; undefined when they cannot be read. */
  reminders: () => Reminders | undefined
  isRecorded: (date: IsoDate, slot: ReminderSlot) => boolean
  /** Shows one reminder (a desktop notification). */
  show: (slot: ReminderSlot, date: IsoDate) => void
  /** What was dealt with before this run (saved by `onHandled`), so a restart does not repeat. */
  handled?: ReminderState['handled']
  /** Called when a slot's reminder of a new date was dealt with: shown or found recorded. */
  onHandled?: (handled: ReminderState['handled']) => void
  /** Called after every check, e.g. to keep the tray in step with the settings. */
  afterCheck?: () => void
  log?: (message: string, error: unknown) => void
}

export interface Scheduler {
  /** Decides now and re-arms: at start, after the machine wakes, after a setting changes. */
  check(): void
  /** The reminder settings changed from `before`: a time already past today waits a day. */
  remindersChanged(before: Reminders, after: Reminders): void
  /** Puts off the slot's reminder (of `forDate`, when it is a notification's) for 30 minutes. */
  snooze(slot: ReminderSlot, forDate?: IsoDate): Snooze
  stop(): void
}

/**
 * Runs the rules of schedule.ts against a clock. Timers cannot be trusted across a sleep or a
 * clock change (they count elapsed time, not wall time), and Electron announces neither a clock
 * nor a time-zone change, so it decides at least once a minute from the wall clock, and at once
 * when the machine wakes.
 */
function sameHandled(a: ReminderState['handled'], b: ReminderState['handled']): boolean {
  return a.morning === b.morning && a.evening === b.evening
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { clock } = options
  const log = options.log ?? ((message, error) => console.error(message, error))
  let state: ReminderState = { ...INITIAL_STATE, handled: { ...options.handled } }
  let timer: unknown
  let stopped = false

  function guarded(message: string, action: () => void): void {
    try {
      action()
    } catch (error) {
      log(message, error)
    }
  }

  function arm(at: number): void {
    if (timer !== undefined) clock.clearTimeout(timer)
    timer = clock.setTimeout(check, Math.max(1000, at - clock.now()))
  }

  function check(): void {
    if (stopped) return
    const now = clock.now()
    let nextCheckAt = now + 60_000
    try {
      const reminders = options.reminders()
      if (reminders) {
        const decision = decide({
          now,
          timeZone: clock.timeZone(),
          reminders,
          state,
          isRecorded: options.isRecorded,
        })
        const before = state.handled
        state = decision.state
        nextCheckAt = decision.nextCheckAt
        const { onHandled } = options
        if (onHandled && !sameHandled(before, state.handled)) {
          const handled = state.handled
          guarded('Could not note which reminders were dealt with', () => onHandled(handled))
        }
        for (const { slot, date } of decision.fire) {
          // A reminder that cannot be shown must not stop the ones after it.
          guarded(`The ${slot} reminder could not be shown`, () => options.show(slot, date))
        }
      }
    } catch (error) {
      log('Reminders could not be checked', error)
    }
    if (options.afterCheck) guarded('The tray could not be updated', options.afterCheck)
    arm(nextCheckAt)
  }

  return {
    check,
    remindersChanged(before, after) {
      state = settingsChanged(state, before, after, clock.now(), clock.timeZone())
      check()
    },
    snooze(slot, forDate) {
      const result = snooze(state, slot, clock.now(), clock.timeZone(), forDate)
      state = result.state
      check()
      return result.snooze
    },
    stop() {
      stopped = true
      if (timer !== undefined) clock.clearTimeout(timer)
      timer = undefined
    },
  }
}
