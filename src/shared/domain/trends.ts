import { z } from 'zod'
import { dateRangeFields, RANGE_ORDER_ERROR, startNotAfterEnd } from './common'
import { TREATMENT_KINDS } from './treatment'

/**
 * Longer ranges are charted in buckets: 3,650 daily points are wider than any screen. Up to a
 * year: days; up to three years: weeks (7 days); beyond: 4-week buckets (28 days).
 */
export const DAILY_MAX_DAYS = 366
export const WEEKLY_MAX_DAYS = 3 * 366

const MAX_POINTS_ERROR = 'The chart width is a whole number of points from 1 to 100,000.'

/**
 * What the Trends charts ask: the range and, optionally, how many points the narrowest chart can
 * show (one per pixel column of its plot). Main then buckets the range more coarsely when its
 * days would not fit (docs/performance.md, "One point per pixel column").
 */
export const trendsRequestSchema = z
  .object({
    ...dateRangeFields,
    maxPoints: z
      .number({ error: MAX_POINTS_ERROR })
      .int({ error: MAX_POINTS_ERROR })
      .min(1, MAX_POINTS_ERROR)
      .max(100_000, MAX_POINTS_ERROR)
      .optional(),
  })
  .strict()
  .refine(startNotAfterEnd, RANGE_ORDER_ERROR)
export type TrendsRequest = z.infer<typeof trendsRequestSchema>

const score = z.number().nullable()

/** One calendar day of the range. A day without entries has nulls (a gap), never zeros. */
export const trendDaySchema = z.object({
  date: z.string(),
  morningStiffness: score,
  eveningStiffness: score,
  morningPain: score,
  eveningPain: score,
  /**
   * Mean of every morning and evening pain value of the 7 days ending on this day (this day and
   * the 6 before, looking back before the range's start); null when those days have none.
   */
  painRolling7: score,
  /** Highest Penn spasm frequency recorded that day (any check-in). */
  spasmFrequency: score,
})
export type TrendDay = z.infer<typeof trendDaySchema>

/** An episode's days within the range (start and end clipped to it). */
export const trendEpisodeSchema = z.object({
  id: z.number().int(),
  region: z.string(),
  side: z.string(),
  start: z.string(),
  end: z.string(),
  ongoing: z.boolean(),
  /** start/end as points of the chart's axis: the same days, or the weeks holding them. */
  bandStart: z.string(),
  bandEnd: z.string(),
})
export type TrendEpisode = z.infer<typeof trendEpisodeSchema>

export const trendTreatmentSchema = z.object({
  date: z.string(),
  kind: z.enum(TREATMENT_KINDS),
  count: z.number().int().positive(),
})
export type TrendTreatment = z.infer<typeof trendTreatmentSchema>

const comparisonSchema = z.object({
  morningMean: score,
  eveningMean: score,
  /** morning − evening, rounded to one decimal; null when either side has no entries. */
  difference: score,
  /** Which part of the day is worse; 'same' when the means differ by less than NO_CHANGE_WITHIN. */
  worse: z.enum(['morning', 'evening', 'same']).nullable(),
})

export const trendsSchema = z.object({
  /** The range asked for, its start moved up to the first entry when it began before it. */
  from: z.string(),
  to: z.string(),
  /**
   * The first day the diary holds anything, when the range asked for began before it (its start
   * was then moved up to this day); null when the whole range is inside the diary.
   */
  diaryStart: z.string().nullable(),
  /**
   * 'day' (up to 366 days): one point per calendar day. 'week' (up to three years) and
   * '4 weeks' (longer): one point per bucket of `bucketDays` days ending on its date, counted
   * back from `to`, holding that bucket's means, its highest spasm frequency, and as
   * painRolling7 the mean of its morning and evening pain (for weeks: the 7-day mean).
   */
  resolution: z.enum(['day', 'week', '4 weeks']),
  bucketDays: z.union([z.literal(1), z.literal(7), z.literal(28)]),
  /** True when the diary has no check-ins, episodes or treatments in the range. */
  empty: z.boolean(),
  days: z.array(trendDaySchema),
  episodes: z.array(trendEpisodeSchema),
  treatments: z.array(trendTreatmentSchema),
  summary: z.object({
    morningCheckins: z.number().int(),
    eveningCheckins: z.number().int(),
    pain: comparisonSchema,
    stiffness: comparisonSchema,
  }),
})
export type Trends = z.infer<typeof trendsSchema>
