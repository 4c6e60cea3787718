import type { PegAnswers, PegItemKey } from '@shared/clinical/peg'
import type { PegDraft } from '@shared/domain/peg'
import type { Unchecked } from '@renderer/components/form/form-logic'

/** The three answers as the card holds them: null until chosen. */
export type PegValues = Record<PegItemKey, number | null>

export const EMPTY_PEG: PegValues = { pain: null, enjoyment: null, activity: null }

/** The answers as a draft for `date`; an unanswered one stays null, refused by name. */
export function pegDraft(values: PegValues, date: string): Unchecked<PegDraft> {
  return { date, ...values }
}

/** True once all three questions are answered (the score can be shown). */
export function isComplete(values: PegValues): values is PegAnswers {
  return values.pain !== null && values.enjoyment !== null && values.activity !== null
}
