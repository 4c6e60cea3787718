import { z } from 'zod'

/**
 * What a person may have done or gone through before a spasm: the factors that published
 * case-crossover studies of acute back-pain flares looked at (long sitting, awkward postures,
 * heavy lifting, poor sleep, stress, unaccustomed exercise, a fall). Codes are stored in the
 * journal (onset_factors.code, day_factors.code, migration 006): never rename or reuse one.
 */
export const FACTOR_CODES = [
  'long_sitting',
  'long_drive',
  'heavy_lifting',
  'awkward_twist_or_bend',
  'poor_sleep',
  'high_stress',
  'hard_or_new_exercise',
  'fall_or_blow',
  'other',
] as const
export type FactorCode = (typeof FACTOR_CODES)[number]

/** Sitting for longer than this counts as "long sitting". */
export const LONG_SITTING_HOURS = 6

/** The window before an onset that the episode's checklist asks about. */
export const ONSET_WINDOW_HOURS = 24

export interface FactorInfo {
  /** On the episode: "In the 24 hours before, did you…" + this. */
  before: string
  /** A chip on the evening check-in, about today. */
  today: string
  /** The factor's name in a sentence or a table ("Long sitting (over 6 hours)"). */
  name: string
}

export const FACTORS: Record<FactorCode, FactorInfo> = {
  long_sitting: {
    before: `Sit for more than ${LONG_SITTING_HOURS} hours`,
    today: `Sat more than ${LONG_SITTING_HOURS} hours`,
    name: `Sitting more than ${LONG_SITTING_HOURS} hours`,
  },
  long_drive: { before: 'Drive a long way', today: 'Drove a long way', name: 'A long drive' },
  heavy_lifting: {
    before: 'Lift something heavy',
    today: 'Lifted something heavy',
    name: 'Lifting something heavy',
  },
  awkward_twist_or_bend: {
    before: 'Twist or bend awkwardly',
    today: 'Twisted or bent awkwardly',
    name: 'Twisting or bending awkwardly',
  },
  poor_sleep: { before: 'Sleep badly', today: 'Slept badly', name: 'Sleeping badly' },
  high_stress: {
    before: 'Feel very stressed',
    today: 'Very stressed',
    name: 'Feeling very stressed',
  },
  hard_or_new_exercise: {
    before: 'Exercise hard or try something new',
    today: 'Hard or new exercise',
    name: 'Hard or new exercise',
  },
  fall_or_blow: {
    before: 'Have a fall or a blow',
    today: 'A fall or a blow',
    name: 'A fall or a blow',
  },
  other: { before: 'Something else', today: 'Something else', name: 'Something else' },
}

export const factorCodeSchema = z.enum(FACTOR_CODES, {
  error: 'Choose factors from the list.',
})

/** Ticked factors: each at most once, stored in catalogue order. */
export const factorListSchema = z
  .array(factorCodeSchema, { error: 'Factors must be a list.' })
  .max(FACTOR_CODES.length, 'Each factor can be ticked once.')
  .refine((codes) => new Set(codes).size === codes.length, {
    message: 'Each factor can be ticked once.',
  })
  .transform((codes) => FACTOR_CODES.filter((code) => codes.includes(code)))
