import { z } from 'zod'
import { factorCodeSchema, factorListSchema } from '../clinical/factors'
import { refuseField } from './common'

/**
 * The checklist of an episode's onset ("In the 24 hours before, did you…"). Answering it with
 * nothing ticked is an answer ("none of these"); not answering it at all is `null` on the
 * episode, and such onsets are left out of the comparison instead of counted as "no factor".
 */
export const onsetFactorsSchema = z
  .object({
    factors: factorListSchema,
    /** What "something else" was; only with `other` ticked. */
    otherNote: z
      .string({ error: 'The note must be text.' })
      .max(200, 'The note can be at most 200 characters.')
      .transform((s) => s.trim())
      .default(''),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.otherNote !== '' && !value.factors.includes('other')) {
      refuseField(
        ctx,
        'otherNote',
        'Tick "something else" to say what it was, or leave the note empty.',
      )
    }
  })
export type OnsetFactorsDraft = z.input<typeof onsetFactorsSchema>
export type OnsetFactorsInput = z.output<typeof onsetFactorsSchema>

/** The answered checklist as stored, or null when it was never answered. */
export const onsetFactorsAnswerSchema = z
  .object({
    factors: z.array(factorCodeSchema),
    otherNote: z.string(),
    /** When it was last answered (UTC ISO); a checklist filled in weeks later is recall. */
    answeredAt: z.string(),
  })
  .nullable()
export type OnsetFactorsAnswer = z.infer<typeof onsetFactorsAnswerSchema>

/**
 * Today's factors on an evening check-in: a list (possibly empty: "none of these") when the
 * chips were answered, null when not recorded that evening.
 */
export const dayFactorsSchema = factorListSchema.nullable()
