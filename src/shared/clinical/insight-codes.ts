/*
 * The Insights page's codes, apart from its rules so the zod schemas in `domain/insights.ts`
 * can use them without importing the rules that use those schemas' types.
 */

/** Phases of an episode by its day (day 1 = the day it started); `outside` = no episode. */
export const EPISODE_PHASES = ['early', 'settling', 'later', 'outside'] as const
export type EpisodePhase = (typeof EPISODE_PHASES)[number]

export const EARLY_SIGNS = ['stiffness_minutes', 'sleep_interrupted', 'morning_pain'] as const
export type EarlySignCode = (typeof EARLY_SIGNS)[number]

export const INSIGHT_SECTIONS = [
  'factors',
  'what_helps',
  'heat_vs_ice',
  'recovery',
  'early_signs',
] as const
