import { z } from 'zod'
import { formatTemperature } from '../format'

/**
 * A fever worth a call the same day, with back pain
 * (docs/clinical-rules.md#warning-signs-and-tiers), as each unit states it.
 */
export const FEVER_THRESHOLD = { celsius: 38.3, fahrenheit: 101 } as const

/**
 * Warning signs (docs/clinical-rules.md#warning-signs-and-tiers), in three tiers. Codes are stored
 * in the journal (checkin_symptoms.code, alert keys): never rename or reuse one. Labels are what a
 * person ticks, in plain words; the app informs and never names a diagnosis.
 */
export const TIERS = ['emergency', 'urgent', 'soon'] as const
export type Tier = (typeof TIERS)[number]

export interface TierInfo {
  /** Short name shown as a badge, always in words (colour is never the only signal). */
  label: string
  /** What to do, the first thing every alert of this tier says. */
  advice: string
  /** Heading of the tier's group on the check-in form. */
  heading: string
}

export const TIER_INFO: Record<Tier, TierInfo> = {
  emergency: {
    label: 'Emergency',
    advice:
      'Seek care now: go to an emergency department or call your local emergency number. Do not wait for it to pass.',
    heading: 'Seek care now if you have any of these',
  },
  urgent: {
    label: 'Urgent',
    advice: 'Contact your healthcare provider today and tell them what you recorded.',
    heading: 'Contact your healthcare provider today if you have any of these',
  },
  soon: {
    label: 'Soon',
    advice: 'Book an appointment, or mention it at your next visit.',
    heading: 'Book an appointment or mention these at your next visit',
  },
}

/** Most serious first; used to order alerts and groups. */
export const TIER_RANK: Record<Tier, number> = { emergency: 0, urgent: 1, soon: 2 }

export interface Symptom {
  code: string
  tier: Tier
  /** What the person ticks on a check-in. */
  label: string
}

export const SYMPTOMS = [
  // Emergency — seek care now
  {
    code: 'bladder_bowel_control_loss',
    tier: 'emergency',
    label: 'Loss of bladder or bowel control',
  },
  { code: 'new_urination_difficulty', tier: 'emergency', label: 'New difficulty passing urine' },
  {
    code: 'saddle_numbness',
    tier: 'emergency',
    label: 'Numbness around the genitals, buttocks or inner thighs',
  },
  {
    code: 'both_legs_weakness_numbness',
    tier: 'emergency',
    label: 'Weakness, numbness or tingling in both legs',
  },
  {
    code: 'worsening_leg_weakness',
    tier: 'emergency',
    label: 'Leg weakness that is getting worse',
  },
  {
    code: 'fever_with_leg_weakness',
    tier: 'emergency',
    label: 'Back pain together with a fever and leg weakness',
  },
  {
    code: 'pain_after_serious_accident',
    tier: 'emergency',
    label: 'Back pain after a serious accident, such as a car crash or a fall from a height',
  },
  {
    code: 'chest_pain_with_back_pain',
    tier: 'emergency',
    label: 'Chest pain together with the back pain',
  },
  {
    code: 'new_sexual_function_problems',
    tier: 'emergency',
    label: 'New problems with erections or with feeling during sex',
  },
  // Urgent — contact your healthcare provider today
  {
    code: 'fever',
    tier: 'urgent',
    // In the person's unit (Settings, or their region's): one number they can check.
    get label() {
      return `Fever (over ${formatTemperature(FEVER_THRESHOLD)}) with back pain`
    },
  },
  { code: 'one_leg_weakness', tier: 'urgent', label: 'Weakness in one leg' },
  { code: 'unable_to_stand_or_walk', tier: 'urgent', label: 'Unable to stand or walk' },
  { code: 'pain_after_fall_or_blow', tier: 'urgent', label: 'Pain after a hard fall or blow' },
  { code: 'unexplained_weight_loss', tier: 'urgent', label: 'Weight loss I cannot explain' },
  {
    code: 'pain_worse_lying_down_or_at_night',
    tier: 'urgent',
    label: 'Pain that is worse lying down or wakes me at night',
  },
  {
    code: 'back_redness_swelling_lump',
    tier: 'urgent',
    label: 'Redness, swelling or a lump on my back or spine',
  },
  {
    code: 'painful_or_bloody_urination',
    tier: 'urgent',
    label: 'Painful, burning or bloody urination',
  },
  { code: 'severe_abdominal_pain', tier: 'urgent', label: 'Severe pain in my belly (abdomen)' },
  // Soon — book an appointment / mention it
  {
    code: 'pain_below_knee_one_leg',
    tier: 'soon',
    label: 'Pain travelling down one leg below the knee',
  },
  { code: 'one_leg_numbness_tingling', tier: 'soon', label: 'Numbness or tingling in one leg' },
  {
    code: 'constant_pain_not_easing',
    tier: 'soon',
    label: 'Constant pain that does not ease with rest or changing position',
  },
  { code: 'sharp_stabbing_pain', tier: 'soon', label: 'Sharp, stabbing pain' },
  { code: 'pain_in_new_area', tier: 'soon', label: 'Pain in a new area of my back' },
  {
    code: 'episode_feels_different',
    tier: 'soon',
    label: 'This episode feels different from or worse than earlier ones',
  },
] as const satisfies readonly Symptom[]

export type SymptomCode = (typeof SYMPTOMS)[number]['code']
export const SYMPTOM_CODES = SYMPTOMS.map((s) => s.code) as [SymptomCode, ...SymptomCode[]]

const BY_CODE: ReadonlyMap<string, Symptom> = new Map(SYMPTOMS.map((s) => [s.code, s]))

export function isSymptomCode(code: string): code is SymptomCode {
  return BY_CODE.has(code)
}

export function symptomByCode(code: string): Symptom | undefined {
  return BY_CODE.get(code)
}

export function symptomTier(code: SymptomCode): Tier {
  return (BY_CODE.get(code) as Symptom).tier
}

export const symptomCodeSchema = z.enum(SYMPTOM_CODES, {
  error: 'That warning sign is not one the journal knows.',
})

/** Ticked warning signs: known codes, each once, kept in catalogue order. */
export const symptomListSchema = z
  .array(symptomCodeSchema, { error: 'Warning signs must be a list.' })
  .max(SYMPTOMS.length, 'Too many warning signs.')
  .transform((codes) => SYMPTOM_CODES.filter((c) => codes.includes(c)))

/** Symptoms of one tier, in catalogue order. */
export function symptomsOfTier(tier: Tier): Symptom[] {
  return SYMPTOMS.filter((s) => s.tier === tier)
}

// Health-history answers (docs/clinical-rules.md#health-history): alone they raise nothing;
// together with back pain they raise the urgent tier.
// Each `why` is one sentence: why it is asked, and what a yes does (the rule of
// health-history-rule.ts: urgent while a check-in of the last 14 days records pain).
const YES_DOES =
  'a yes means Unknot suggests contacting your healthcare provider the same day while your check-ins record back pain'
export const HEALTH_HISTORY_QUESTIONS = [
  {
    key: 'historyOfCancer',
    question: 'Have you ever had cancer?',
    answerPhrase: 'a history of cancer',
    why: `Asked because, after cancer, new back pain is worth checking early even though it rarely comes from the cancer; ${YES_DOES}.`,
  },
  {
    key: 'longTermSteroids',
    question: 'Do you take, or have you taken, steroid medicines for a long time?',
    answerPhrase: 'long-term use of steroid medicines',
    why: `Asked because long-term steroid medicines can weaken the bones of the spine; ${YES_DOES}.`,
  },
  {
    key: 'ivDrugUse',
    question: 'Do you inject, or have you injected, drugs?',
    answerPhrase: 'injected drug use',
    why: `Asked because injecting raises the chance of an infection near the spine; ${YES_DOES}.`,
  },
] as const

export type HealthHistoryKey = (typeof HEALTH_HISTORY_QUESTIONS)[number]['key']
/**
 * Three states (docs/clinical-rules.md#health-history): a question nobody answered is not a "no";
 * only "yes" counts.
 */
export const HEALTH_HISTORY_ANSWERS = ['yes', 'no', 'unanswered'] as const
export type HealthHistoryAnswer = (typeof HEALTH_HISTORY_ANSWERS)[number]
export type HealthHistory = Record<HealthHistoryKey, HealthHistoryAnswer>
export const HEALTH_HISTORY_TIER: Tier = 'urgent'

/*
 * Which leg (docs/clinical-rules.md#which-leg): the signs about one leg say left or right; leg
 * weakness that is getting worse may be in one leg or both. Stored in checkin_symptoms.side;
 * a row without a side (written before migration 008, or left unanswered) reads "side not
 * recorded". Stored values never change meaning.
 */
export const LEG_SIDES = ['left', 'right', 'both'] as const
export type LegSide = (typeof LEG_SIDES)[number]

export const LEG_SIDE_LABELS: Record<LegSide, string> = {
  left: 'Left leg',
  right: 'Right leg',
  both: 'Both legs',
}

/** What a sign without a recorded side says about it. */
export const SIDE_NOT_RECORDED = 'side not recorded'

export const LEG_SIDES_BY_SIGN = {
  worsening_leg_weakness: ['left', 'right', 'both'],
  one_leg_weakness: ['left', 'right'],
  pain_below_knee_one_leg: ['left', 'right'],
  one_leg_numbness_tingling: ['left', 'right'],
} as const satisfies Partial<Record<SymptomCode, readonly LegSide[]>>
export type LegSignCode = keyof typeof LEG_SIDES_BY_SIGN
export const LEG_SIGN_CODES = Object.keys(LEG_SIDES_BY_SIGN) as [LegSignCode, ...LegSignCode[]]

/** The sides a sign can record, or undefined for a sign that is not about a leg. */
export function legSidesOf(code: string): readonly LegSide[] | undefined {
  return Object.hasOwn(LEG_SIDES_BY_SIGN, code) ? LEG_SIDES_BY_SIGN[code as LegSignCode] : undefined
}

/** "left leg", "both legs" or "side not recorded", for a sentence. */
export function legSidePhrase(side: LegSide | null): string {
  return side === null ? SIDE_NOT_RECORDED : LEG_SIDE_LABELS[side].toLowerCase()
}

/** A sign's label with its side, for lists: "Weakness in one leg (left leg)". */
export function symptomLabelWithSide(code: string, side: LegSide | null): string {
  const label = symptomByCode(code)?.label ?? code
  return legSidesOf(code) ? `${label} (${legSidePhrase(side)})` : label
}

export const legSideSchema = z.enum(LEG_SIDES, { error: 'Choose left, right or both legs.' })

/**
 * The side of each ticked leg sign, by code. A side may be left unanswered (not sure, or in a
 * hurry): that sign then reads "side not recorded".
 */
export const legSidesSchema = z
  .partialRecord(
    z.enum(LEG_SIGN_CODES, { error: 'Only a sign about a leg has a side.' }),
    legSideSchema,
  )
  .superRefine((sides, ctx) => {
    for (const [code, side] of Object.entries(sides)) {
      if (!legSidesOf(code)?.includes(side)) {
        ctx.addIssue({
          code: 'custom',
          path: [code],
          message: `"${symptomByCode(code)?.label ?? code}" is about one leg: choose left or right.`,
        })
      }
    }
  })
export type LegSides = z.infer<typeof legSidesSchema>

/** The side recorded for a sign, or null (not a leg sign, or its side not recorded). */
export function legSideIn(sides: LegSides, code: string): LegSide | null {
  return Object.hasOwn(sides, code) ? (sides[code as LegSignCode] ?? null) : null
}

/** A check-in's ticked signs in words, each leg sign with its side. */
export function symptomListText(codes: readonly string[], sides: LegSides): string {
  return codes.map((code) => symptomLabelWithSide(code, legSideIn(sides, code))).join('; ')
}
