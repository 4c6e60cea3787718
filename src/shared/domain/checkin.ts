import { z } from 'zod'
import { factorCodeSchema } from '../clinical/factors'
import {
  legSidesSchema,
  symptomByCode,
  symptomListSchema,
  type LegSides,
} from '../clinical/symptoms'
import { isoDateSchema } from '../dates'
import {
  idSchema,
  markedNoteHasText,
  noteForDoctorSchema,
  notesSchema,
  refuseField,
  scaleSchema,
} from './common'
import { dayFactorsSchema } from './factors'

export const SLOTS = ['morning', 'evening', 'other'] as const
export const slotSchema = z.enum(SLOTS, { error: 'Choose morning, evening or other.' })
export type Slot = z.infer<typeof slotSchema>

export const SLOT_LABELS: Record<Slot, string> = {
  morning: 'Morning',
  evening: 'Evening',
  other: 'Flare-up',
}

/** A leg is chosen only for a sign that is ticked (docs/clinical-rules.md#which-leg). */
export function refuseSidesOfUntickedSigns(
  value: { symptoms: readonly string[]; legSides: LegSides },
  ctx: z.RefinementCtx,
): void {
  for (const code of Object.keys(value.legSides)) {
    if (!value.symptoms.includes(code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['legSides', code],
        message: `A leg is chosen for "${symptomByCode(code)?.label ?? code}", which is not ticked.`,
      })
    }
  }
}

export const checkinDraftSchema = z
  .object({
    /** Present when editing an existing entry. */
    id: idSchema.optional(),
    date: isoDateSchema,
    slot: slotSchema,
    pain: scaleSchema('Pain', 0, 10),
    stiffness: scaleSchema('Stiffness', 0, 10),
    stiffnessMinutes: scaleSchema('Morning stiffness minutes', 0, 1440).nullable().default(null),
    spasmFrequency: scaleSchema('Spasm frequency', 0, 4),
    spasmSeverity: scaleSchema('Spasm severity', 1, 3).nullable().default(null),
    sleepInterrupted: z.boolean({ error: 'Sleep interrupted is yes or no.' }).default(false),
    notes: notesSchema.default(''),
    noteForDoctor: noteForDoctorSchema,
    /**
     * Warning signs ticked on this check-in (codes of the catalogue,
     * docs/clinical-rules.md#warning-signs-and-tiers).
     */
    symptoms: symptomListSchema.default([]),
    /**
     * Which leg each ticked leg sign is about (docs/clinical-rules.md#which-leg); a sign left out
     * reads "side not recorded".
     */
    legSides: legSidesSchema.default({}),
    /** Evening only: today's factors (null: not recorded); left out, the stored ones stay. */
    factors: dayFactorsSchema.optional(),
  })
  .strict()
  .superRefine(markedNoteHasText)
  .superRefine((value, ctx) => {
    refuseSidesOfUntickedSigns(value, ctx)
    if (value.spasmFrequency > 0 && value.spasmSeverity === null) {
      refuseField(
        ctx,
        'spasmSeverity',
        'Say how severe the spasms were (mild, moderate or severe).',
      )
    }
    if (value.spasmFrequency === 0 && value.spasmSeverity !== null) {
      refuseField(ctx, 'spasmSeverity', 'Severity is only recorded when there were spasms.')
    }
    if (value.slot !== 'morning' && value.stiffnessMinutes !== null) {
      refuseField(
        ctx,
        'stiffnessMinutes',
        'Stiffness minutes are recorded on the morning check-in only.',
      )
    }
    if (value.slot !== 'evening' && value.factors) {
      refuseField(ctx, 'factors', "Today's factors are recorded on the evening check-in only.")
    }
  })
export type CheckinDraft = z.input<typeof checkinDraftSchema>
export type CheckinInput = z.output<typeof checkinDraftSchema>

export const checkinSchema = z.object({
  id: idSchema,
  date: z.string(),
  slot: slotSchema,
  recordedAt: z.string(),
  pain: z.number().int(),
  stiffness: z.number().int(),
  stiffnessMinutes: z.number().int().nullable(),
  spasmFrequency: z.number().int(),
  spasmSeverity: z.number().int().nullable(),
  sleepInterrupted: z.boolean(),
  episodeId: z.number().int().nullable(),
  notes: z.string(),
  noteForDoctor: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  symptoms: z.array(z.string()),
  /** The leg of each ticked leg sign whose side was recorded. */
  legSides: legSidesSchema,
  /** Evening: the factors ticked for the day, or null when none were recorded. */
  factors: z.array(factorCodeSchema).nullable(),
})
export type Checkin = z.infer<typeof checkinSchema>
