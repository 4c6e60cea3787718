import { minutesOfDay } from '@shared/domain/reminders'

/** From this local time on, the evening check-in is the one due; before it, the morning's. */
export const EVENING_CUTOVER = '14:00'

export type DaySlot = 'morning' | 'evening'

/**
 * Which check-in is due now: the morning's before the cut-over (or the evening's once the
 * morning is recorded), the evening's after it. Null when the due ones are recorded: after the
 * cut-over a missed morning is still there to fill in, but no longer put first.
 */
export function dueSlot(
  minutesNow: number,
  recorded: Readonly<Record<DaySlot, boolean>>,
): DaySlot | null {
  if (minutesNow < minutesOfDay(EVENING_CUTOVER) && !recorded.morning) return 'morning'
  return recorded.evening ? null : 'evening'
}

/** Minutes since local midnight of an instant, for `dueSlot`. */
export function minutesNow(now: Date): number {
  return now.getHours() * 60 + now.getMinutes()
}
