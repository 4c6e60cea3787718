import { z } from 'zod'
import { isoDateSchema } from '../dates'
import { idSchema } from './common'
import { OUTCOME_CODES, QUESTION_CODES } from '../clinical/experiments/catalogue'
import {
  EXPERIMENT_MAX_PAIRS,
  EXPERIMENT_MAX_PERIOD_DAYS,
  EXPERIMENT_MAX_WASHOUT_DAYS,
  EXPERIMENT_MIN_PAIRS,
} from '../clinical/thresholds'

/** The longest name of an option the person names themself. */
export const OPTION_NAME_MAX = 60

// Names that point at a medicine: a change of medication is for a clinician, not an experiment.
const MEDICATION_WORDS =
  /\b(mg|dose|doses|pill|pills|tablet|tablets|medication|medications|medicine|drug|drugs|ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|diclofenac|codeine|tramadol|opioids?|muscle relaxants?|diazepam|gabapentin|pregabalin)\b/i

const optionNameSchema = z
  .string({ error: 'Name the option.' })
  .trim()
  .min(1, 'Name the option.')
  .max(OPTION_NAME_MAX, `An option's name can be at most ${OPTION_NAME_MAX} characters.`)
  .refine((s) => !MEDICATION_WORDS.test(s), {
    message: 'Changes to medication are for your clinician to plan with you, not an experiment.',
  })

const whole = (label: string, min: number, max: number) => {
  const message = `${label} must be a whole number from ${min} to ${max}.`
  return z.number({ error: message }).int({ error: message }).min(min, message).max(max, message)
}

export const experimentDraftSchema = z
  .object({
    question: z.enum(QUESTION_CODES, { error: 'Choose one of the questions offered.' }),
    /** Only for `own`: the two self-care options the person names. */
    optionA: optionNameSchema.optional(),
    optionB: optionNameSchema.optional(),
    outcome: z.enum(OUTCOME_CODES, { error: 'Choose one of the outcomes offered.' }),
    startsOn: isoDateSchema,
    pairs: whole('The number of pairs', EXPERIMENT_MIN_PAIRS, EXPERIMENT_MAX_PAIRS),
    periodDays: whole('Days per period', 1, EXPERIMENT_MAX_PERIOD_DAYS),
    washoutDays: whole('Wash-out days', 0, EXPERIMENT_MAX_WASHOUT_DAYS),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.washoutDays >= d.periodDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['washoutDays'],
        message: 'Wash-out days must be fewer than the days of a period, or no day would count.',
      })
    }
    const own = d.question === 'own'
    for (const key of ['optionA', 'optionB'] as const) {
      if (own && d[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'Name both options.' })
      }
      if (!own && d[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'Only your own question takes option names; the others have theirs.',
        })
      }
    }
    if (own && d.optionA && d.optionB && d.optionA.toLowerCase() === d.optionB.toLowerCase()) {
      ctx.addIssue({ code: 'custom', path: ['optionB'], message: 'Name two different options.' })
    }
  })
export type ExperimentDraft = z.input<typeof experimentDraftSchema>
export type ExperimentInput = z.output<typeof experimentDraftSchema>

export const ADHERENCE = ['did', 'didnt', 'unrecorded'] as const
export const optionSchema = z.enum(['A', 'B'])

export const experimentDaySchema = z.object({
  date: z.string(),
  option: optionSchema,
  pair: z.number().int(),
  washout: z.boolean(),
  adherence: z.enum(ADHERENCE),
})
export type ExperimentDay = z.infer<typeof experimentDaySchema>

export const EXPERIMENT_STATUSES = ['planned', 'running', 'finished', 'stopped'] as const

export const experimentSchema = z.object({
  id: idSchema,
  question: z.enum(QUESTION_CODES),
  questionLabel: z.string(),
  optionA: z.string(),
  optionB: z.string(),
  outcome: z.enum(OUTCOME_CODES),
  startsOn: z.string(),
  endsOn: z.string(),
  pairs: z.number().int(),
  periodDays: z.number().int(),
  washoutDays: z.number().int(),
  seed: z.number().int(),
  status: z.enum(EXPERIMENT_STATUSES),
  stoppedOn: z.string().nullable(),
  /** Today's planned day, while it runs. */
  today: experimentDaySchema.nullable(),
  /** Past and present days by adherence. */
  adherence: z.object({ did: z.number(), didnt: z.number(), unrecorded: z.number() }),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Experiment = z.infer<typeof experimentSchema>

export const experimentDetailSchema = experimentSchema.extend({
  days: z.array(experimentDaySchema),
})
export type ExperimentDetail = z.infer<typeof experimentDetailSchema>

export const recordDaySchema = z
  .object({
    id: idSchema,
    date: isoDateSchema,
    adherence: z.enum(ADHERENCE, { error: 'Say whether you did it, did not, or clear it.' }),
  })
  .strict()

const summarySchema = z.object({ n: z.number().int(), mean: z.number().nullable() })

export const experimentResultSchema = z.object({
  experiment: experimentSchema,
  /** False when it was stopped before its last day. */
  complete: z.boolean(),
  a: summarySchema,
  b: summarySchema,
  difference: z.number().nullable(),
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  test: z
    .object({
      method: z.enum(['exact', 'random']),
      schedules: z.number().int(),
      atLeastAsExtreme: z.number().int(),
      pValue: z.number(),
    })
    .nullable(),
  finding: z.boolean(),
  days: z.array(
    experimentDaySchema.extend({
      status: z.enum(['counted', 'washout', 'didnt', 'flare_start', 'no_value', 'upcoming']),
      value: z.number().nullable(),
    }),
  ),
})
export type ExperimentResult = z.infer<typeof experimentResultSchema>
