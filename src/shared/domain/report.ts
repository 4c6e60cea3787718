import { z } from 'zod'
import { TREATMENT_KINDS } from './treatment'

const num = z.number().nullable()

/**
 * One red flag for the report's box: warning signs ticked in the period (DESIGN §3.3),
 * health-history answers together with back pain, and episode durations (§3.2, ≥ 14 / ≥ 28 days).
 */
export const redFlagSchema = z.object({
  tier: z.enum(['emergency', 'urgent', 'soon']),
  text: z.string(),
  /** The date the flag was raised (for a duration flag: the day the threshold was reached). */
  date: z.string(),
})
export type RedFlag = z.infer<typeof redFlagSchema>

const slotStatsSchema = z.object({
  entries: z.number().int(),
  mean: num,
  worst: num,
  /** Mean over the first and second half of the period; change = second − first. */
  firstHalfMean: num,
  secondHalfMean: num,
  change: num,
})
export type SlotStats = z.infer<typeof slotStatsSchema>

export const reportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), days: z.number().int() }),
  redFlags: z.array(redFlagSchema),
  checkins: z.object({ count: z.number().int(), daysWithEntries: z.number().int() }),
  episodes: z.object({
    count: z.number().int(),
    medianDays: num,
    longestDays: num,
    /** Episodes still open that have lasted 14 days or more. */
    ongoingPast14: z.array(
      z.object({ startedOn: z.string(), region: z.string(), side: z.string(), days: z.number() }),
    ),
  }),
  pain: z.object({ morning: slotStatsSchema, evening: slotStatsSchema }),
  stiffness: z.object({ morning: slotStatsSchema, evening: slotStatsSchema }),
  spasms: z.object({
    /** Days with at least one check-in reporting spasms (Penn frequency ≥ 1). */
    daysWithSpasms: z.number().int(),
    meanFrequency: num,
    worstFrequency: num,
  }),
  morningStiffnessMinutes: z.object({
    mean: num,
    /** Mornings with 30 minutes or more (DESIGN §3.1: worth telling a doctor). */
    mornings30Plus: z.number().int(),
  }),
  /** Nights (dates) with interrupted sleep. */
  sleepInterruptions: z.number().int(),
  treatments: z.array(
    z.object({
      kind: z.enum(TREATMENT_KINDS),
      timesUsed: z.number().int(),
      /** Mean of (pain before − pain after) over sessions with both recorded. */
      meanChange: num,
      rated: z.number().int(),
    }),
  ),
  medications: z.array(
    z.object({ detail: z.string(), timesUsed: z.number().int(), daysUsed: z.number().int() }),
  ),
  /** Weekly means for the report's small chart (weeks start on Monday). */
  weekly: z.array(
    z.object({
      week: z.string(),
      morningPain: num,
      eveningPain: num,
      morningStiffness: num,
      eveningStiffness: num,
    }),
  ),
})
export type Report = z.infer<typeof reportSchema>

export const pageSizeSchema = z.enum(['A4', 'Letter'], { error: 'Choose A4 or Letter.' })

/** A file written where the person chose, or why nothing was written. */
export const savedFileSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), files: z.array(z.string()).min(1) }),
  z.object({ saved: z.literal(false), message: z.string() }),
])
export type SavedFile = z.infer<typeof savedFileSchema>
