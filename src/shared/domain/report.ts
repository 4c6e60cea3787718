import { z } from 'zod'
import { EPISODE_FLAG_CODES } from '../clinical/episode-flags'
import { TIERS, HEALTH_HISTORY_ANSWERS } from '../clinical/symptoms'
import { regionSchema, sideSchema, triggerSchema } from './episode'
import { kindEffectivenessSchema, TREATMENT_KINDS } from './treatment'

const num = z.number().nullable()

/**
 * One red flag (docs/clinical-rules.md#the-doctors-summary), from the same rules as the alerts
 * (`src/shared/clinical`): warning signs ticked in the period and health-history answers together
 * with back pain, nothing else (course flags have their own section). Strongest first.
 */
export const redFlagSchema = z.object({
  rule: z.enum(['warning_sign', 'health_history']),
  tier: z.enum(TIERS),
  /** The date it was recorded (for a duration flag: the day the threshold was reached). */
  date: z.string(),
  /** The sign's words or the flag's label. */
  title: z.string(),
  /** One sentence: what was recorded and when. */
  text: z.string(),
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
  /** Whether the change is meaningful (≥ 2 points or ≥ 30 %); null without both halves. */
  meaningful: z.boolean().nullable(),
})
export type SlotStats = z.infer<typeof slotStatsSchema>

/** One row of the summary's episode table. */
export const reportEpisodeSchema = z.object({
  startedOn: z.string(),
  /** Null while ongoing. */
  endedOn: z.string().nullable(),
  /** Inclusive days to its end, or to today while ongoing. */
  days: z.number().int(),
  region: regionSchema,
  side: sideSchema,
  trigger: triggerSchema,
  triggerNote: z.string(),
  /** Highest pain on its check-ins; null without check-ins. */
  peakPain: num,
  /** Its flags as of the end of the period, strongest first. */
  flags: z.array(z.enum(EPISODE_FLAG_CODES)),
})

export const NOTE_KINDS = ['checkin', 'flare_up', 'episode', 'treatment'] as const

/** A note the person marked "show my doctor", dated. */
export const doctorNoteSchema = z.object({
  date: z.string(),
  kind: z.enum(NOTE_KINDS),
  /** Where it was written: "Morning check-in", "Episode: Lower back", "Treatment: Heat". */
  context: z.string(),
  text: z.string(),
})
export type DoctorNote = z.infer<typeof doctorNoteSchema>

/** A flag of an episode still ongoing at the end of the period (tier soon). */
const courseFlagSchema = z.object({
  code: z.enum(EPISODE_FLAG_CODES),
  date: z.string(),
  title: z.string(),
  text: z.string(),
})

/** The Course section, per region (`courseByRegion`). */
export const regionCourseSchema = z.object({
  region: regionSchema,
  episodes: z.number().int().positive(),
  medianDays: num,
  longestDays: num,
  /** Recurrence, said once per region, or null. */
  recurrence: z.string().nullable(),
  ongoing: z.array(courseFlagSchema),
  /** Ended episodes that ran long, as facts without a tier. */
  endedFacts: z.array(z.string()),
})

const pegPointSchema = z.object({
  date: z.string(),
  pain: z.number().int(),
  enjoyment: z.number().int(),
  activity: z.number().int(),
  score: z.number(),
})

/** An experiment finished or stopped in the period, in the result screen's words. */
export const testedExperimentSchema = z.object({
  id: z.number().int(),
  question: z.string(),
  optionA: z.string(),
  optionB: z.string(),
  outcome: z.string(),
  design: z.string(),
  /** The day it finished or was stopped. */
  lastDay: z.string(),
  /** False when it was stopped early. */
  complete: z.boolean(),
  /** The days it ran (wash-out days included), by what the person said. */
  adherence: z.object({
    did: z.number().int(),
    didnt: z.number().int(),
    unrecorded: z.number().int(),
  }),
  adherenceText: z.string(),
  /** Days counted for each option. */
  counted: z.object({ a: z.number().int(), b: z.number().int() }),
  headline: z.string(),
  chance: z.string().nullable(),
  meaning: z.string(),
})
export type TestedExperiment = z.infer<typeof testedExperimentSchema>

export const reportSchema = z.object({
  /** The period as asked; `firstEntryOn` when the diary starts after its first day. */
  period: z.object({
    from: z.string(),
    to: z.string(),
    days: z.number().int(),
    firstEntryOn: z.string().nullable(),
  }),
  redFlags: z.array(redFlagSchema),
  course: z.array(regionCourseSchema),
  checkins: z.object({ count: z.number().int(), daysWithEntries: z.number().int() }),
  episodes: z.object({
    count: z.number().int(),
    medianDays: num,
    longestDays: num,
    /** The most recent episodes overlapping the period, newest first … */
    rows: z.array(reportEpisodeSchema),
    /** … and how many more the CSV holds. */
    more: z.number().int().nonnegative(),
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
    /** Mornings with stiffness lasting LONG_MORNING_STIFFNESS_MINUTES or more. */
    longMornings: z.number().int(),
  }),
  /** Nights (dates) with interrupted sleep. */
  sleepInterruptions: z.number().int(),
  treatments: z.array(
    z.object({
      kind: z.enum(TREATMENT_KINDS),
      timesUsed: z.number().int(),
      /** Sessions with pain rated before and after. */
      rated: z.number().int(),
      /** The Treatments page's rule: numbers only from 3 rated sessions (`treatmentEvidence`). */
      effect: kindEffectivenessSchema.shape.effect,
    }),
  ),
  /** Each health-history question as answered, "unanswered" included. */
  healthHistory: z.array(
    z.object({ question: z.string(), answer: z.enum(HEALTH_HISTORY_ANSWERS) }),
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
  /** Notes marked "show my doctor", oldest first: the most recent ones … */
  doctorNotes: z.array(doctorNoteSchema),
  /** … and how many more the CSV holds. */
  moreDoctorNotes: z.number().int().nonnegative(),
  /** "What I tested": experiments finished or stopped in the period, by their last day. */
  tested: z.array(testedExperimentSchema),
  /** Weekly PEG-3 of the period: the first and latest answers and the mean score. */
  peg: z
    .object({
      count: z.number().int().positive(),
      first: pegPointSchema,
      latest: pegPointSchema,
      meanScore: z.number(),
      /** First to latest: a change of ≥ 30 % of the first score; null with one answer. */
      meaningfulChange: z.boolean().nullable(),
    })
    .nullable(),
})
export type Report = z.infer<typeof reportSchema>

export const pageSizeSchema = z.enum(['A4', 'Letter'], { error: 'Choose A4 or Letter.' })

/** A file written where the person chose, or why nothing was written. */
export const savedFileSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), files: z.array(z.string()).min(1) }),
  z.object({ saved: z.literal(false), message: z.string() }),
])
export type SavedFile = z.infer<typeof savedFileSchema>
