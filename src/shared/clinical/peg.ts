import { differenceInCalendarDays } from 'date-fns'
import { fromIsoDate, type IsoDate } from '../dates'
import { PEG_INTERVAL_DAYS } from './thresholds'

/**
 * PEG-3 (docs/clinical-rules.md#peg-3-weekly; Krebs et al. 2009, public domain): three 0–10
 * questions about the past week; the score is their mean. LOINC panel 91148-7, score 91147-9.
 */
export const PEG_PANEL_LOINC = '91148-7'
export const PEG_SCORE_LOINC = '91147-9'

export const PEG_ITEMS = [
  {
    key: 'pain',
    loinc: '75893-8',
    question: 'What number best describes your pain on average in the past week?',
    anchors: { 0: 'no pain', 10: 'pain as bad as you can imagine' },
  },
  {
    key: 'enjoyment',
    loinc: '91145-3',
    question:
      'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
    anchors: { 0: 'does not interfere', 10: 'completely interferes' },
  },
  {
    key: 'activity',
    loinc: '91146-1',
    question:
      'What number best describes how, during the past week, pain has interfered with your general activity?',
    anchors: { 0: 'does not interfere', 10: 'completely interferes' },
  },
] as const
export type PegItemKey = (typeof PEG_ITEMS)[number]['key']

export type PegAnswers = Record<PegItemKey, number>

/** The PEG score: the mean of its three answers. */
export function pegScore(answers: PegAnswers): number {
  return (answers.pain + answers.enjoyment + answers.activity) / PEG_ITEMS.length
}

/** True when `date` lies in the 7 days ending `today` (today included). */
function withinInterval(date: IsoDate | null, today: IsoDate): boolean {
  if (date === null) return false
  const age = differenceInCalendarDays(fromIsoDate(today), fromIsoDate(date))
  return age < PEG_INTERVAL_DAYS
}

/**
 * Whether Today offers the PEG: none recorded in the last 7 days (today included) and the card
 * not dismissed in those days either. A date after today (a clock turned back) counts as recent.
 */
export function pegDue(
  lastRecordedOn: IsoDate | null,
  dismissedOn: IsoDate | null,
  today: IsoDate,
): boolean {
  return !withinInterval(lastRecordedOn, today) && !withinInterval(dismissedOn, today)
}
