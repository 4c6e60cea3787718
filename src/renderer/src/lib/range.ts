import { subDays } from 'date-fns'
import { EARLIEST_DATE, toIsoDate } from '@shared/dates'
import type { DateRange } from '@shared/domain/common'

/** The last `days` days up to and including today. */
export function lastDays(days: number, now: Date = new Date()): DateRange {
  return { from: toIsoDate(subDays(now, days - 1)), to: toIsoDate(now) }
}

/** Everything up to today: the diary holds nothing older than this. */
export function allTime(now: Date = new Date()): DateRange {
  return { from: EARLIEST_DATE, to: toIsoDate(now) }
}

/** The "Show" choices of the Journal and Treatments lists. */
export const LIST_RANGE_IDS = ['30', '90', '365', 'all'] as const
export type ListRangeId = (typeof LIST_RANGE_IDS)[number]
export const LIST_RANGE_LABELS: Record<ListRangeId, string> = {
  '30': 'Last 30 days',
  '90': 'Last 90 days',
  '365': 'Last year',
  all: 'Everything',
}

export function listRange(id: ListRangeId, now: Date = new Date()): DateRange {
  return id === 'all' ? allTime(now) : lastDays(Number(id), now)
}
