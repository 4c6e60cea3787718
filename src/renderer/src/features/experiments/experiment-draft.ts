import type { OutcomeCode, QuestionCode } from '@shared/clinical/experiments/catalogue'
import type { ExperimentDraft } from '@shared/domain/experiment'

/** The create form's values: selects hold text, as the controls do. */
export interface CreateValues {
  question: QuestionCode
  optionA: string
  optionB: string
  outcome: OutcomeCode
  startsOn: string
  pairs: string
  periodDays: string
  washoutDays: string
}

/** What the form sends: option names only for the person's own question. */
export function experimentDraft(values: CreateValues): ExperimentDraft {
  const own = values.question === 'own'
  return {
    question: values.question,
    ...(own ? { optionA: values.optionA, optionB: values.optionB } : {}),
    outcome: values.outcome,
    startsOn: values.startsOn,
    pairs: Number(values.pairs),
    periodDays: Number(values.periodDays),
    washoutDays: Number(values.washoutDays),
  }
}
