/**
 * What an experiment may compare and measure (docs/clinical-rules.md). Only self-care that is safe
 * to alternate without a clinician; a medication change is never offered.
 */

export const QUESTION_CODES = [
  'stretch_routine',
  'heat_vs_ice',
  'morning_walk',
  'movement_breaks',
  'wind_down',
  'own',
] as const
export type QuestionCode = (typeof QUESTION_CODES)[number]

interface QuestionEntry {
  /** The question as the person reads it. */
  label: string
  /** The two options; `own` has the person's own names instead. */
  options: readonly [string, string]
}

export const QUESTIONS: Record<Exclude<QuestionCode, 'own'>, QuestionEntry> = {
  stretch_routine: {
    label: 'Does a daily stretch routine help?',
    options: ['Stretch routine', 'No stretch routine'],
  },
  heat_vs_ice: {
    label: 'Heat or ice on sore days?',
    options: ['Heat', 'Ice'],
  },
  morning_walk: {
    label: 'Does a morning walk help?',
    options: ['Morning walk', 'No morning walk'],
  },
  movement_breaks: {
    label: 'Do hourly posture or movement breaks at the desk help?',
    options: ['A break every hour', 'No planned breaks'],
  },
  wind_down: {
    label: 'Does a wind-down routine before bed help?',
    options: ['Wind-down routine', 'No wind-down routine'],
  },
}

export const OWN_QUESTION_LABEL = 'Two self-care options I name'

export const OUTCOME_CODES = [
  'evening_pain',
  'morning_stiffness',
  'stiffness_minutes',
  'spasm_frequency',
  'sleep_interrupted',
  'pain_after_treatment',
] as const
export type OutcomeCode = (typeof OUTCOME_CODES)[number]

interface OutcomeEntry {
  label: string
  /** Where the day's value comes from, in plain words. */
  source: string
  unit: string
}

/** Every outcome is "lower is better". Morning values describe the night after the day's option. */
export const OUTCOMES: Record<OutcomeCode, OutcomeEntry> = {
  evening_pain: {
    label: 'Evening pain',
    source: 'the pain (0–10) of that evening’s check-in',
    unit: 'points',
  },
  morning_stiffness: {
    label: 'Morning stiffness',
    source: 'the stiffness (0–10) of the next morning’s check-in',
    unit: 'points',
  },
  stiffness_minutes: {
    label: 'Minutes of morning stiffness',
    source: 'the minutes of stiffness of the next morning’s check-in',
    unit: 'minutes',
  },
  spasm_frequency: {
    label: 'Spasm frequency',
    source: 'the spasm frequency (0–4) of that evening’s check-in',
    unit: 'steps',
  },
  sleep_interrupted: {
    label: 'Sleep interrupted by pain',
    source: 'whether the next morning’s check-in says sleep was interrupted (share of nights)',
    unit: 'share of nights',
  },
  pain_after_treatment: {
    label: 'Pain after a treatment session',
    source: 'the mean "pain after" (0–10) of that day’s logged treatment sessions',
    unit: 'points',
  },
}

/** The two option names of an experiment: the catalogue's, or the person's own. */
export function optionNames(
  question: QuestionCode,
  own: { optionA: string; optionB: string },
): [string, string] {
  return question === 'own' ? [own.optionA, own.optionB] : [...QUESTIONS[question].options]
}

export function questionLabel(
  question: QuestionCode,
  own: { optionA: string; optionB: string },
): string {
  return question === 'own' ? `${own.optionA} or ${own.optionB}?` : QUESTIONS[question].label
}
