import { isValid } from 'date-fns'
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
  // Every date of every answer passes here (the contract's output schemas): no date-fns parse.
  return value >= EARLIEST_DATE && isValid(fromIsoDate(value))
}

export const isoDateSchema = z
  .string({ error: 'A date is required.' })
  .refine(isIsoDate, { message: 'Use a real calendar date from 1900 on.' })

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/**
 * The local calendar date of an instant, in the machine's own time zone. From its parts, as
 * date-fns' `format(instant, 'yyyy-MM-dd')` writes it (every handler asks for today).
 */
export function toIsoDate(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid time value')
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`
}

/**
 * Midnight local time of an ISO date; only for arithmetic and display, never for storage. Built
 * from its digits (date-fns' parse was most of a ten-year report's date work); anything but a
 * real `YYYY-MM-DD` date is an Invalid Date, as parse gave.
 */
export function fromIsoDate(value: IsoDate): Date {
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7)) - 1
  const day = Number(value.slice(8, 10))
  const date = new Date(year, month, day)
  // new Date() maps years 0–99 to 1900–1999; setFullYear keeps the year as written.
  date.setFullYear(year)
  return ISO_DATE.test(value) && date.getMonth() === month && date.getDate() === day
    ? date
    : new Date(Number.NaN)
}

const DAY_MS = 86_400_000

/**
 * A calendar date as a count of days. Calendar dates carry no time zone, so they are counted on
 * the UTC calendar: no clock change can make a day 23 or 25 hours long. (Plain arithmetic: the
 * rules run over every episode of ten years on each report, where parsing would dominate.)
 */
export function dayNumber(date: IsoDate): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    DAY_MS
  )
}

/** Calendar days from `earlier` to `later` (negative when `later` comes first). */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return dayNumber(later) - dayNumber(earlier)
}

/** The date `days` after an ISO date ("day 14 was reached on …"). */
export function shiftIsoDate(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10)
}
