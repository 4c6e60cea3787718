import { z } from 'zod'
import { EPISODE_FLAG_CODES } from '../clinical/episode-flags'
import { legSidesSchema, symptomListSchema, TIERS } from '../clinical/symptoms'
import { isoDateSchema } from '../dates'
import { checkinSchema, refuseSidesOfUntickedSigns } from './checkin'
import {
  idSchema,
  markedNoteHasText,
  noteForDoctorSchema,
  notesSchema,
  RANGE_ORDER_ERROR,
  refuseField,
  scaleSchema,
  startNotAfterEnd,
  TEXT_LIMITS,
} from './common'
import { onsetFactorsAnswerSchema, onsetFactorsSchema } from './factors'

export const REGIONS = ['lower', 'mid', 'upper'] as const
export const SIDES = ['left', 'right', 'both', 'central'] as const
export const TRIGGERS = [
  'lifting',
  'twisting',
  'bending',
  'overuse',
  'fall',
  'prolonged_sitting',
  'prolonged_standing',
  'driving',
  'sleep_position',
  'stress',
  'exercise',
  'unknown',
  'other',
] as const

export const regionSchema = z.enum(REGIONS, { error: 'Choose lower, mid or upper back.' })
export const sideSchema = z.enum(SIDES, { error: 'Choose left, right, both sides or central.' })
export const triggerSchema = z.enum(TRIGGERS, { error: 'Choose a trigger from the list.' })
export type Region = z.infer<typeof regionSchema>
export type Side = z.infer<typeof sideSchema>
export type Trigger = z.infer<typeof triggerSchema>

export const REGION_LABELS: Record<Region, string> = {
  lower: 'Lower back',
  mid: 'Mid back',
  upper: 'Upper back',
}
export const SIDE_LABELS: Record<Side, string> = {
  left: 'Left side',
  right: 'Right side',
  both: 'Both sides',
  central: 'Central',
}
export const TRIGGER_LABELS: Record<Trigger, string> = {
  lifting: 'Lifting',
  twisting: 'Twisting',
  bending: 'Bending',
  overuse: 'Overuse',
  fall: 'A fall',
  prolonged_sitting: 'Sitting for a long time',
  prolonged_standing: 'Standing for a long time',
  driving: 'Driving',
  sleep_position: 'Sleeping position',
  stress: 'Stress',
  exercise: 'Exercise',
  unknown: 'Not sure',
  other: 'Something else',
}

const triggerNoteSchema = z
  .string({ error: 'The trigger note must be text.' })
  .max(
    TEXT_LIMITS.triggerNote,
    `The trigger note can be at most ${TEXT_LIMITS.triggerNote} characters.`,
  )
  .transform((s) => s.trim())

const episodeFields = {
  startedOn: isoDateSchema,
  endedOn: isoDateSchema.nullable().default(null),
  region: regionSchema,
  side: sideSchema,
  trigger: triggerSchema.default('unknown'),
  triggerNote: triggerNoteSchema.default(''),
  notes: notesSchema.default(''),
  noteForDoctor: noteForDoctorSchema,
  /** "In the 24 hours before, did you…": null clears the answer; left out, it stays as it is. */
  onsetFactors: onsetFactorsSchema.nullable().optional(),
}

function endNotBeforeStart(
  value: { startedOn: string; endedOn: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.endedOn !== null && value.endedOn < value.startedOn) {
    refuseField(ctx, 'endedOn', 'An episode cannot end before the day it started.')
  }
}

/** A new episode: usually ongoing (no end); a past one may be logged with its end. */
export const episodeDraftSchema = z
  .object(episodeFields)
  .strict()
  .superRefine(endNotBeforeStart)
  .superRefine(markedNoteHasText)
export type EpisodeDraft = z.input<typeof episodeDraftSchema>
export type EpisodeInput = z.output<typeof episodeDraftSchema>

/** Every field of an existing episode, replaced as a whole. */
export const episodeUpdateSchema = z
  .object({ id: idSchema, ...episodeFields })
  .strict()
  .superRefine(endNotBeforeStart)
  .superRefine(markedNoteHasText)
export type EpisodeUpdate = z.output<typeof episodeUpdateSchema>

export const episodeEndSchema = z
  .object({
    id: idSchema,
    /** Defaults to today. */
    endedOn: isoDateSchema.optional(),
  })
  .strict()

export const episodeFilterSchema = z
  .object({
    ongoing: z.boolean({ error: 'Ongoing is yes or no.' }).optional(),
    region: regionSchema.optional(),
    /** Episodes overlapping this range (an ongoing one lasts until today). */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict()
  .refine(startNotAfterEnd, RANGE_ORDER_ERROR)
  .default({})
export type EpisodeFilter = z.output<typeof episodeFilterSchema>

export const episodeFlagSchema = z.object({
  code: z.enum(EPISODE_FLAG_CODES),
  label: z.string(),
  tier: z.enum(TIERS),
})
export type EpisodeFlag = z.infer<typeof episodeFlagSchema>

const trendFields = {
  /** Days with a pain value, and k: the days in each of the first and last windows. */
  days: z.number().int(),
  windowDays: z.number().int(),
  firstMean: z.number(),
  lastMean: z.number(),
  lastDate: z.string(),
}

/** Not-easing (docs/clinical-rules.md#episode-flags), as the episode view tells it (`episodeProgress`). */
export const episodeProgressSchema = z.discriminatedUnion('status', [
  /** Ended, or not yet a week old: the rule does not apply. */
  z.object({ status: z.literal('not_judged') }),
  /** Ongoing for a week or more with fewer than 2 days of pain values: cannot tell. */
  z.object({ status: z.literal('not_enough_checkins'), daysWithPain: z.number().int() }),
  /** A meaningful drop: ≥ 2 points or ≥ 30 % of the first mean. */
  z.object({ status: z.literal('eased'), ...trendFields }),
  /** Not eased, but the recent mean is below 4/10: nothing raised. */
  z.object({ status: z.literal('no_meaningful_change'), ...trendFields }),
  /** Not eased and the recent mean at least 4/10: the flag. */
  z.object({ status: z.literal('not_easing'), ...trendFields }),
])

export const episodeSchema = z.object({
  id: idSchema,
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  region: regionSchema,
  side: sideSchema,
  trigger: triggerSchema,
  triggerNote: z.string(),
  notes: z.string(),
  noteForDoctor: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Days counted inclusive up to its end, or today while ongoing. */
  days: z.number().int().positive(),
  flags: z.array(episodeFlagSchema),
  /** Whether its pain is going down, as the not-easing rule judges it today. */
  progress: episodeProgressSchema,
  checkinCount: z.number().int().nonnegative(),
})
export type Episode = z.infer<typeof episodeSchema>

/** One day of an episode's curve: the mean of that day's check-ins (aggregated in SQL). */
export const episodeDaySchema = z.object({
  date: z.string(),
  pain: z.number(),
  stiffness: z.number(),
})
export type EpisodeDay = z.infer<typeof episodeDaySchema>

/** An episode with its check-ins and its daily curve, oldest first. */
export const episodeDetailSchema = episodeSchema.extend({
  checkins: z.array(checkinSchema),
  curve: z.array(episodeDaySchema),
  onsetFactors: onsetFactorsAnswerSchema,
})
export type EpisodeDetail = z.infer<typeof episodeDetailSchema>

/**
 * "Spasm now": where and since when, and how it is right now. Main starts an episode there, or
 * continues the one already going in that region, and records the pain as a flare-up check-in
 * (slot `other`) dated today, in one transaction.
 */
export const spasmNowSchema = z
  .object({
    region: regionSchema,
    side: sideSchema,
    startedOn: isoDateSchema,
    pain: scaleSchema('Pain', 0, 10),
    stiffness: scaleSchema('Stiffness', 0, 10),
    // A spasm is happening: "no spasms" (0) is not an answer here.
    spasmFrequency: scaleSchema('Spasm frequency', 1, 4),
    spasmSeverity: scaleSchema('Spasm severity', 1, 3),
    symptoms: symptomListSchema.default([]),
    /** Which leg each ticked leg sign is about, as on a check-in. */
    legSides: legSidesSchema.default({}),
  })
  .strict()
  .superRefine(refuseSidesOfUntickedSigns)
export type SpasmNowInput = z.output<typeof spasmNowSchema>

export const spasmNowResultSchema = z.object({
  episode: episodeSchema,
  checkin: checkinSchema,
  /** True when the episode was already going in that region (its start and side unchanged). */
  continued: z.boolean(),
})
export type SpasmNowResult = z.infer<typeof spasmNowResultSchema>
