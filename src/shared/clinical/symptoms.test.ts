import { describe, expect, it } from 'vitest'
import {
  SYMPTOMS,
  SYMPTOM_CODES,
  TIER_INFO,
  symptomListSchema,
  symptomTier,
  symptomsOfTier,
} from './symptoms'

describe('symptom catalogue', () => {
  it.each([
    ['bladder_bowel_control_loss', 'emergency'],
    ['new_urination_difficulty', 'emergency'],
    ['saddle_numbness', 'emergency'],
    ['both_legs_weakness_numbness', 'emergency'],
    ['worsening_leg_weakness', 'emergency'],
    ['fever_with_leg_weakness', 'emergency'],
    ['pain_after_serious_accident', 'emergency'],
    ['chest_pain_with_back_pain', 'emergency'],
    ['new_sexual_function_problems', 'emergency'],
    ['fever', 'urgent'],
    ['one_leg_weakness', 'urgent'],
    ['unable_to_stand_or_walk', 'urgent'],
    ['pain_after_fall_or_blow', 'urgent'],
    ['unexplained_weight_loss', 'urgent'],
    ['pain_worse_lying_down_or_at_night', 'urgent'],
    ['back_redness_swelling_lump', 'urgent'],
    ['painful_or_bloody_urination', 'urgent'],
    ['severe_abdominal_pain', 'urgent'],
    ['pain_below_knee_one_leg', 'soon'],
    ['one_leg_numbness_tingling', 'soon'],
    ['constant_pain_not_easing', 'soon'],
    ['sharp_stabbing_pain', 'soon'],
    ['pain_in_new_area', 'soon'],
    ['episode_feels_different', 'soon'],
  ] as const)('%s → %s', (code, tier) => {
    expect(symptomTier(code)).toBe(tier)
  })

  it('has exactly the 24 symptoms of the design, with unique snake_case codes', () => {
    expect(SYMPTOMS).toHaveLength(24)
    expect(new Set(SYMPTOM_CODES).size).toBe(24)
    for (const code of SYMPTOM_CODES) expect(code).toMatch(/^[a-z][a-z_]*$/)
    expect(symptomsOfTier('emergency')).toHaveLength(9)
    expect(symptomsOfTier('urgent')).toHaveLength(9)
    expect(symptomsOfTier('soon')).toHaveLength(6)
  })

  it('keeps the codes stored before these signs were added, in the same tiers', () => {
    // Stored codes never change meaning: the new signs are new codes, the old keep their tier.
    expect(symptomTier('pain_after_fall_or_blow')).toBe('urgent')
    expect(symptomTier('worsening_leg_weakness')).toBe('emergency')
    expect(symptomTier('one_leg_numbness_tingling')).toBe('soon')
  })

  it('gives each tier its action, and never a diagnosis', () => {
    expect(TIER_INFO.emergency.advice).toMatch(/^Seek care now/)
    expect(TIER_INFO.urgent.advice).toMatch(/^Contact your healthcare provider today/)
    expect(TIER_INFO.soon.advice).toMatch(/^Book an appointment/)
    const words = [
      ...SYMPTOMS.map((s) => s.label),
      ...Object.values(TIER_INFO).map((t) => t.advice),
    ]
    for (const text of words) expect(text).not.toMatch(/cauda equina|you have (a|an) |diagnos/i)
  })

  it.each([
    [
      'known codes, kept in catalogue order, each once',
      ['fever', 'saddle_numbness', 'fever'],
      true,
    ],
    ['an unknown code', ['headache'], false],
    ['a number', [3], false],
    ['not a list', 'fever', false],
  ])('symptom list: %s', (_label, input, ok) => {
    const result = symptomListSchema.safeParse(input)
    expect(result.success).toBe(ok)
    if (ok) expect(result.data).toEqual(['saddle_numbness', 'fever'])
  })
})
