import { z } from 'zod'
import { FACTOR_CODES } from '../clinical/factors'
import { EARLY_SIGNS, EPISODE_PHASES, INSIGHT_SECTIONS } from '../clinical/insight-codes'
import { REGIONS, SIDES } from './episode'
import { reportSchema } from './report'
import { TREATMENT_KINDS } from './treatment'

const count = z.number().int().nonnegative()
const mean = z.number().nullable()

/** How often one factor was ticked: before onsets (of those answered) and on ordinary days. */
export const factorCountSchema = z.object({
  code: z.enum(FACTOR_CODES),
  beforeOnsets: count,
  onOrdinaryDays: count,
})
export type FactorCount = z.infer<typeof factorCountSchema>

/**
 * Onsets in the range (episodes that started in it), those with data for the section, and the
 * minimum of them: only at or above it (enoughData) are numbers compared.
 */
const onsetCoverageSchema = z.object({
  onsets: count,
  onsetsWithData: count,
  minimumOnsets: count,
  enoughData: z.boolean(),
})

/** onsetsWithData: onsets whose "24 hours before" checklist was answered. */
export const factorCountsSchema = onsetCoverageSchema.extend({
  /** Days outside every episode with an evening check-in (not the day before an onset). */
  ordinaryDays: count,
  /** Of those, the evenings where today's factors were recorded. */
  ordinaryDaysWithData: count,
  /** Strongest difference first when there is enough data, else in catalogue order. */
  rows: z.array(factorCountSchema),
})
export type FactorCounts = z.infer<typeof factorCountsSchema>

export const factorsInsightSchema = factorCountsSchema.extend({
  /**
   * The page's sentence for each factor ticked before a spasm, in row order, once there is
   * enough data: shares with their intervals and the corrected test's verdict. Worked out in
   * main, so the window never loads the statistics code (docs/security.md).
   */
  sentences: z.array(z.object({ code: z.enum(FACTOR_CODES), text: z.string() })),
})
export type FactorsInsight = z.infer<typeof factorsInsightSchema>

export const recoveryEpisodeSchema = z.object({
  id: z.number().int().positive(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  region: z.enum(REGIONS),
  side: z.enum(SIDES),
  /** Days so far, inclusive (to today while ongoing). */
  days: z.number().int().positive(),
  /** Mean pain of each day with check-ins, by day of the episode (1 = its first day). */
  curve: z.array(z.object({ day: z.number().int().positive(), pain: z.number() })),
  /**
   * The first of two days in a row with mean pain at or under the threshold, else its length
   * once ended (docs/clinical-rules.md#insights).
   */
  daysToRecovery: z.number().int().positive().nullable(),
  /** What ended the count: a low-pain day, the episode's end, or nothing yet (ongoing). */
  recoveredBy: z.enum(['pain', 'end']).nullable(),
})
export type RecoveryEpisode = z.infer<typeof recoveryEpisodeSchema>

/** One half's episodes with a known recovery day: their median days to recovery and range. */
const halfSchema = z.object({
  episodes: count,
  medianDays: z.number(),
  shortestDays: z.number().int().positive(),
  longestDays: z.number().int().positive(),
})
export type RecoveryHalf = z.infer<typeof halfSchema>

export const recoveryTrendSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('not_enough_data'),
    /** Episodes with a known time to recovery, and how many each half needs. */
    episodes: count,
    minimumPerHalf: count,
  }),
  z.object({
    status: z.literal('enough_data'),
    /** The older and the newer half of the episodes with a known time to recovery. */
    earlier: halfSchema,
    recent: halfSchema,
    direction: z.enum(['faster', 'slower', 'same']),
  }),
])
export type RecoveryTrend = z.infer<typeof recoveryTrendSchema>

export const gapSchema = z.object({
  /** null: every region together. */
  region: z.enum(REGIONS).nullable(),
  /** Gaps measured: pairs of one episode's start and the next one's. */
  gaps: count,
  medianDays: mean,
})
export type Gap = z.infer<typeof gapSchema>

export const effectSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not_enough_data'), minimumRated: count }),
  z.object({
    status: z.literal('enough_data'),
    /** Mean of (pain before − pain after); positive = pain went down. */
    meanChange: z.number(),
    /** Rated sessions where pain dropped by the meaningful change or more. */
    meaningfulDrops: count,
  }),
])
export type Effect = z.infer<typeof effectSchema>

export const sessionStatsSchema = z.object({
  sessions: count,
  ratedSessions: count,
  effect: effectSchema,
})
export type SessionStats = z.infer<typeof sessionStatsSchema>

export const phaseEffectSchema = sessionStatsSchema.extend({
  kind: z.enum(TREATMENT_KINDS),
  phase: z.enum(EPISODE_PHASES),
})
export type PhaseEffect = z.infer<typeof phaseEffectSchema>

export const heatVsIceSchema = z.object({
  /** Episodes started in the range where both were used in their first hours. */
  episodes: count,
  heat: sessionStatsSchema,
  ice: sessionStatsSchema,
})
export type HeatVsIce = z.infer<typeof heatVsIceSchema>

const observedSchema = z.object({ n: count, value: mean })

export const earlySignSchema = z.object({
  sign: z.enum(EARLY_SIGNS),
  /** Mornings (or days, for sleep) in the days before onsets, and their mean (or share). */
  before: observedSchema,
  /** The same on the person's other days outside episodes. */
  baseline: observedSchema,
})
export type EarlySign = z.infer<typeof earlySignSchema>

/** onsetsWithData: onsets with at least one check-in in the days before, outside any episode. */
export const earlySignsSchema = onsetCoverageSchema.extend({
  /** Empty unless there is enough data: no numbers are shown below the minimum. */
  signs: z.array(earlySignSchema),
})
export type EarlySigns = z.infer<typeof earlySignsSchema>

export const insightLineSchema = z.object({
  section: z.enum(INSIGHT_SECTIONS),
  text: z.string(),
  /** How far apart the two things compared are, 0–1; used to pick the strongest lines. */
  strength: z.number(),
})
export type InsightLine = z.infer<typeof insightLineSchema>

export const insightsSchema = z.object({
  /** The range asked for, its start moved up to the first entry when it began before it. */
  from: z.string(),
  to: z.string(),
  factors: factorsInsightSchema,
  recovery: z.object({
    episodes: z.array(recoveryEpisodeSchema),
    trend: recoveryTrendSchema,
    gaps: z.array(gapSchema),
  }),
  phases: z.array(phaseEffectSchema),
  heatVsIce: heatVsIceSchema,
  earlySigns: earlySignsSchema,
  /** The strongest lines of the page, at most one per section, strongest first. */
  strongest: z.array(insightLineSchema),
})
export type Insights = z.infer<typeof insightsSchema>

/** The doctor's report with the strongest Insights lines of its period (at most three). */
export const reportWithInsightsSchema = reportSchema.extend({
  insights: z.array(insightLineSchema),
})
export type ReportWithInsights = z.infer<typeof reportWithInsightsSchema>
