import { subDays } from 'date-fns'
import { toIsoDate } from '../../../shared/dates'
import type { DateRange } from '../../../shared/domain/checkin'

/** The last `days` days up to and including today. */
export function lastDays(days: number, now: Date = new Date()): DateRange {
  return { from: toIsoDate(subDays(now, days - 1)), to: toIsoDate(now) }
}

/** Everything up to today: the diary holds nothing older than this. */
export function allTime(now: Date = new Date()): DateRange {
  return { from: '1900-01-01', to: toIsoDate(now) }
}
