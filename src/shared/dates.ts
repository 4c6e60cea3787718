import { format, isValid, parse } from 'date-fns'
import { z } from 'zod'

/** A local calendar date as stored everywhere: `YYYY-MM-DD`, no time, no zone. */
export type IsoDate = string

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The earliest date the journal accepts anywhere. Nobody records back pain before it, and a
 * slip such as 0001-01-01 would otherwise make a 739,944-day episode.
 */
export const EARLIEST_DATE = '1900-01-01'

/**
 * True when `value` is a real calendar date written as `YYYY-MM-DD` (rejects 2026-02-30), on or
 * after EARLIEST_DATE.
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value < EARLIEST_DATE) return false
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1))
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value
}

export const isoDateSchema = z.string({ error: 'A date is required.' }).refine(isIsoDate, {
  message: 'Use a real calendar date from 1900 on, written as YYYY-MM-DD.',
})

/** The local calendar date of an instant, in the machine's own time zone. */
export function toIsoDate(instant: Date): IsoDate {
  return format(instant, 'yyyy-MM-dd')
}

/** Midnight local time of an ISO date; only for arithmetic and display, never for storage. */
export function fromIsoDate(value: IsoDate): Date {
  return parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1))
}

/** "Tue 24 Nov 2026": how the journal names a day. */
export function formatDay(value: IsoDate): string {
  return format(fromIsoDate(value), 'EEE d MMM yyyy')
}

/** "24 Nov 2026": a day inside a sentence or a table cell, where the weekday is clutter. */
export function formatShortDay(value: IsoDate): string {
  return format(fromIsoDate(value), 'd MMM yyyy')
}
