import type { IsoDate } from '../../shared/dates'
import {
  minutesOfDay,
  REMINDER_SLOTS,
  SNOOZE_MINUTES,
  type ReminderSlot,
  type Reminders,
} from '../../shared/domain/reminders'
import { wallTime } from './wall-clock'

/**
 * The reminder rules, as pure functions of the time, the settings and what is recorded. The
 * scheduler (scheduler.ts) calls `decide` at every minute and at every wake; nothing here reads
 * a clock, so the tests run days, sleeps, zone and daylight-saving changes in milliseconds.
 *
 * A slot is open on a local date from its reminder time until the evening reminder's time
 * (morning) or midnight (evening), while its check-in is not recorded. Times are compared as
 * wall-clock minutes, never as computed instants: on a spring-forward day a 02:30 reminder
 * comes at 03:00, and on a fall-back day a 01:30 reminder comes once.
 */

export interface Snooze {
  /** The local date of the reminder that was put off; the snooze ends with that day. */
  date: IsoDate
  /** When it comes again, ms since the epoch (an instant, so daylight saving cannot move it). */
  at: number
}

export interface ReminderState {
  /** Per slot, the local date whose reminder was dealt with: shown, or found already recorded. */
  handled: Partial<Record<ReminderSlot, IsoDate>>
  snoozed: Partial<Record<ReminderSlot, Snooze>>
}

export const INITIAL_STATE: ReminderState = { handled: {}, snoozed: {} }

export interface DecideInput {
  now: number
  timeZone: string
  reminders: Reminders
  state: ReminderState
  /** Whether that check-in is already in the journal. */
  isRecorded: (date: IsoDate, slot: ReminderSlot) => boolean
}

export interface Decision {
  /** Reminders to show now, each for `date`. */
  fire: { slot: ReminderSlot; date: IsoDate }[]
  state: ReminderState
  /** The latest instant to decide again (the next minute, or a snooze ending sooner). */
  nextCheckAt: number
}

const MINUTE = 60_000

/** The minutes of a local day during which a slot's reminder may come: [start, end). */
export function openWindow(reminders: Reminders, slot: ReminderSlot): [number, number] {
  const start = minutesOfDay(reminders[slot].time)
  return slot === 'morning' ? [start, minutesOfDay(reminders.evening.time)] : [start, 24 * 60]
}

export function decide({ now, timeZone, reminders, state, isRecorded }: DecideInput): Decision {
  const wall = wallTime(now, timeZone)
  const handled = { ...state.handled }
  const snoozed: ReminderState['snoozed'] = {}
  const fire: Decision['fire'] = []

  for (const slot of REMINDER_SLOTS) {
    const snooze = state.snoozed[slot]
    let due: IsoDate | undefined
    if (snooze && snooze.date === wall.date && reminders[slot].enabled) {
      if (now >= snooze.at) due = snooze.date
      else snoozed[slot] = snooze
    }
    if (!reminders[slot].enabled) continue
    const [start, end] = openWindow(reminders, slot)
    if (handled[slot] !== wall.date && wall.minutes >= start && wall.minutes < end) {
      handled[slot] = wall.date
      // A snoozed reminder still waiting is not shown early by the regular one.
      if (!snoozed[slot]) due = wall.date
    }
    if (due !== undefined && !isRecorded(due, slot)) fire.push({ slot, date: due })
  }

  const nextMinute = (Math.floor(now / MINUTE) + 1) * MINUTE
  const snoozeEnds = Object.values(snoozed)
    .map((s) => s.at)
    .filter((at) => at > now)
  return { fire, state: { handled, snoozed }, nextCheckAt: Math.min(nextMinute, ...snoozeEnds) }
}

/**
 * "Remind me again in 30 minutes": the slot's reminder comes back once, the same day. `forDate`
 * is the day of the reminder put off (a notification's); once that day is over there is nothing
 * left to remind of, and today's reminder of that slot must not come early in its place.
 */
export function snooze(
  state: ReminderState,
  slot: ReminderSlot,
  now: number,
  timeZone: string,
  forDate?: IsoDate,
): { state: ReminderState; snooze: Snooze } {
  const today = wallTime(now, timeZone).date
  const entry = { date: forDate ?? today, at: now + SNOOZE_MINUTES * MINUTE }
  if (entry.date !== today) return { state, snooze: entry }
  return { state: { ...state, snoozed: { ...state.snoozed, [slot]: entry } }, snooze: entry }
}

/**
 * A reminder turned on or moved to a time already past today starts tomorrow: turning it on at
 * 10:00 does not announce the 08:00 one at once. (A reminder missed while the app was not
 * running still comes at start: that is the sleeping case, not this one.)
 */
export function settingsChanged(
  state: ReminderState,
  before: Reminders,
  after: Reminders,
  now: number,
  timeZone: string,
): ReminderState {
  const wall = wallTime(now, timeZone)
  const handled = { ...state.handled }
  for (const slot of REMINDER_SLOTS) {
    const was = before[slot]
    const is = after[slot]
    const changed = is.enabled && (!was.enabled || was.time !== is.time)
    if (changed && wall.minutes >= minutesOfDay(is.time)) handled[slot] = wall.date
  }
  return { ...state, handled }
}
