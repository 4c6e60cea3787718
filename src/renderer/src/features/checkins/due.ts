import type { Checkin } from '@shared/domain/checkin'
import { minutesOfDay } from '@shared/domain/reminders'
import { pennSeverityLabel } from '@shared/scales'

/** From this local time on, the evening check-in is the one due; before it, the morning's. */
export const EVENING_CUTOVER = '14:00'

export type DaySlot = 'morning' | 'evening'

/**
 * Which check-in is due now: before the cut-over the morning's, until it is recorded; from the
 * cut-over the evening's, until it is recorded. Null otherwise: a recorded morning does not make
 * the evening due before its time, and after the cut-over a missed morning is still there to
 * fill in, but no longer put first.
 */
export function dueSlot(
  minutesNow: number,
  recorded: Readonly<Record<DaySlot, boolean>>,
): DaySlot | null {
  if (minutesNow < minutesOfDay(EVENING_CUTOVER)) return recorded.morning ? null : 'morning'
  return recorded.evening ? null : 'evening'
}

/** Minutes since local midnight of an instant, for `dueSlot`. */
export function minutesNow(now: Date): number {
  return now.getHours() * 60 + now.getMinutes()
}

/**
 * The one sentence about the day's check-ins, from the same state the cards are drawn from (what
 * is recorded and the clock), so it can never say "both done" while a card is still open.
 */
export function dayStatus(
  minutesNow: number,
  recorded: Readonly<Record<DaySlot, boolean>>,
): string {
  const afterCutover = minutesNow >= minutesOfDay(EVENING_CUTOVER)
  if (recorded.morning && recorded.evening) return 'Both check-ins are done for today.'
  if (recorded.morning) {
    return afterCutover
      ? 'Next: the evening check-in, due now.'
      : `Next: the evening check-in, later today from ${EVENING_CUTOVER}.`
  }
  if (recorded.evening)
    return 'The morning check-in is still open: it is below, under “Also today”.'
  return afterCutover
    ? 'The evening check-in is due; the morning one is still open.'
    : 'The morning check-in is due.'
}

/** What a check-in save recorded, in a few words: "pain 3/10, stiffness 2/10, no spasms". */
export function savedValues(
  entry: Pick<Checkin, 'pain' | 'stiffness' | 'spasmFrequency' | 'spasmSeverity'>,
): string {
  const spasms =
    entry.spasmFrequency === 0 || entry.spasmSeverity === null
      ? 'no spasms'
      : `${pennSeverityLabel(entry.spasmSeverity).toLowerCase()} spasms`
  return `pain ${entry.pain}/10, stiffness ${entry.stiffness}/10, ${spasms}`
}
