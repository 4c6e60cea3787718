import { z } from 'zod'
import { isoDateSchema } from '../dates'
import { idSchema, scaleSchema } from './common'

/**
 * One weekly PEG-3 (docs/clinical-rules.md#peg-3-weekly): three answers about the past week,
 * each 0–10.
 */
export const pegDraftSchema = z
  .object({
    /** Present when editing an existing PEG. */
    id: idSchema.optional(),
    /** The day it was answered; one PEG per date. */
    date: isoDateSchema,
    pain: scaleSchema('Average pain', 0, 10),
    enjoyment: scaleSchema('Interference with enjoyment of life', 0, 10),
    activity: scaleSchema('Interference with general activity', 0, 10),
  })
  .strict()
export type PegDraft = z.input<typeof pegDraftSchema>
export type PegInput = z.output<typeof pegDraftSchema>

export const pegSchema = z.object({
  id: idSchema,
  date: z.string(),
  pain: z.number().int(),
  enjoyment: z.number().int(),
  activity: z.number().int(),
  /** The mean of the three answers (`pegScore`). */
  score: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Peg = z.infer<typeof pegSchema>
