import { format } from 'date-fns'
import { z } from 'zod'
import { isIsoDate, isoDateSchema } from '../dates'
import {
  idSchema,
  markedNoteHasText,
  noteForDoctorSchema,
  notesSchema,
  RANGE_ORDER_ERROR,
  scaleSchema,
  startNotAfterEnd,
  TEXT_LIMITS,
} from './common'

/**
 * docs/clinical-rules.md#treatments; the same list as the CHECK on `treatments.kind` in
 * migration 001.
 */
export const TREATMENT_KINDS = [
  'heat',
  'ice',
  'stretch',
  'breathing',
  'massage',
  'pressure',
  'chiropractic',
  'acupuncture',
  'tens',
  'medication',
  'rest',
  'walk',
  'other',
] as const
export const treatmentKindSchema = z.enum(TREATMENT_KINDS, {
  error: 'Choose what you tried from the list of treatments.',
})
export type TreatmentKind = z.infer<typeof treatmentKindSchema>

export const TREATMENT_KIND_LABELS: Record<TreatmentKind, string> = {
  heat: 'Heat',
  ice: 'Ice',
  stretch: 'Stretching',
  breathing: 'Slow breathing',
  massage: 'Massage',
  pressure: 'Fingertip pressure',
  chiropractic: 'Chiropractic',
  acupuncture: 'Acupuncture',
  tens: 'TENS',
  medication: 'Medication',
  rest: 'Rest',
  walk: 'Walk',
  other: 'Other',
}

// The "enough data" rule lives with the other clinical rules (the report uses it too).
export { MIN_RATED_SESSIONS } from '../clinical/thresholds'

const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/

/** True for a local wall-clock time written `YYYY-MM-DDTHH:MM` on a real calendar date. */
export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATETIME.exec(value)
  return match?.[1] !== undefined && isIsoDate(match[1])
}

export const localDateTimeSchema = z
  .string({ error: 'A start time is required.' })
  .refine(isLocalDateTime, { message: 'Use a real date and time.' })

/** The local wall-clock minute of an instant, as treatments store it (`2026-11-25T08:15`). */
export function toLocalDateTime(instant: Date): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm")
}

/** Optional short text: trimmed, and null when nothing is left. */
function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((s) => s.trim() || null)
    .nullable()
    .default(null)
}

export const treatmentDraftSchema = z
  .object({
    /** Present when editing an existing entry. */
    id: idSchema.optional(),
    kind: treatmentKindSchema,
    /** Stretch name, medication name and dose, … */
    detail: z
      .string({ error: 'Details must be text.' })
      .max(
        TEXT_LIMITS.treatmentDetail,
        `Details can be at most ${TEXT_LIMITS.treatmentDetail} characters.`,
      )
      .transform((s) => s.trim())
      .default(''),
    startedAt: localDateTimeSchema,
    durationMinutes: scaleSchema('Duration in minutes', 0, 1440).nullable().default(null),
    painBefore: scaleSchema('Pain before', 0, 10).nullable().default(null),
    painAfter: scaleSchema('Pain after', 0, 10).nullable().default(null),
    sideEffect: optionalText('The side effect', TEXT_LIMITS.sideEffect),
    notes: notesSchema.default(''),
    noteForDoctor: noteForDoctorSchema,
    // No episodeId: like check-ins, a session belongs to the episode whose dates cover it,
    // set in SQL on save and whenever episodes change (episode-links.ts).
  })
  .strict()
  .superRefine(markedNoteHasText)
export type TreatmentDraft = z.input<typeof treatmentDraftSchema>
export type TreatmentInput = z.output<typeof treatmentDraftSchema>

export const treatmentSchema = z.object({
  id: idSchema,
  kind: treatmentKindSchema,
  detail: z.string(),
  startedAt: z.string(),
  durationMinutes: z.number().int().nullable(),
  painBefore: z.number().int().nullable(),
  painAfter: z.number().int().nullable(),
  sideEffect: z.string().nullable(),
  episodeId: z.number().int().nullable(),
  notes: z.string(),
  noteForDoctor: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Treatment = z.infer<typeof treatmentSchema>

/** Which treatments to list: a range of local start dates, optionally one kind or episode. */
export const treatmentQuerySchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    kind: treatmentKindSchema.optional(),
    episodeId: idSchema.optional(),
  })
  .strict()
  .refine(startNotAfterEnd, RANGE_ORDER_ERROR)
export type TreatmentQuery = z.input<typeof treatmentQuerySchema>

/** Effectiveness over all treatments, or those started within an optional range of dates. */
export const effectivenessQuerySchema = z
  .object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() })
  .strict()
  .refine(startNotAfterEnd, RANGE_ORDER_ERROR)
export type EffectivenessQuery = z.input<typeof effectivenessQuerySchema>

export const kindEffectivenessSchema = z.object({
  kind: treatmentKindSchema,
  sessions: z.number().int().nonnegative(),
  /** Sessions with both a pain-before and a pain-after rating. */
  ratedSessions: z.number().int().nonnegative(),
  /** Sessions that reported a side effect, and the distinct texts they reported. */
  sideEffectCount: z.number().int().nonnegative(),
  sideEffects: z.array(z.string()),
  effect: z.discriminatedUnion('status', [
    /** Too few rated sessions to say anything; no numbers on purpose. */
    z.object({ status: z.literal('not_enough_data'), minimumRated: z.number().int() }),
    z.object({
      status: z.literal('enough_data'),
      /** Mean of (pain before − pain after) over rated sessions; positive = pain went down. */
      meanChange: z.number(),
      /** Share (0–1) of rated sessions with a meaningful drop: ≥ 2 points or ≥ 30 % of before. */
      shareMeaningfulDrop: z.number().min(0).max(1),
    }),
  ]),
})
export type KindEffectiveness = z.infer<typeof kindEffectivenessSchema>

/** How many earlier details `treatments:suggestions` offers. */
export const SUGGESTION_LIMIT = 20

/** Earlier details to offer while typing one: of one kind, or of every kind. */
export const suggestionQuerySchema = z.object({ kind: treatmentKindSchema.optional() }).strict()
export type SuggestionQuery = z.infer<typeof suggestionQuerySchema>
