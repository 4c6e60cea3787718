/**
 * The guided self-care protocols (docs/clinical-rules.md#guided-timers) as sequences of timed
 * phases. The app informs; the wording gives the published protocol, never a diagnosis.
 */
export type TimerKind = 'ice' | 'heat' | 'stretch' | 'breathing'

export interface Phase {
  /** Stable name for styling and tests: 'ice-on', 'inhale', 'chair-twist-left', … */
  key: string
  /** Short words shown large and read out: "Ice on", "Breathe in". */
  title: string
  /** What to do during this phase. */
  instruction: string
  durationMs: number
  /** Counts toward the logged duration (ice on does, ice off does not). */
  active: boolean
  /** Raise a desktop notification when this phase begins (not for every breath). */
  announce: boolean
}

export interface Protocol {
  kind: TimerKind
  title: string
  /** What the logged treatment's detail says. */
  detail: string
  /** Phase number `index`, or null once the protocol is over. */
  phaseAt(index: number): Phase | null
  /** Said when the protocol ends by itself. */
  doneMessage: string
}

const SECOND = 1000
const MINUTE = 60 * SECOND

export const ICE_ON_MINUTES = 20
export const ICE_OFF_MINUTES = 90
export const ICE_ADVICE =
  'Advised for the first 48–72 hours of an episode: 20 minutes on, about 1.5 hours off, repeated.'

/**
 * One round of ice: 20 minutes on, then the pain question (the 90 minutes off are not timed
 * here; the dock offers a reminder for the next round, model/next-round.ts).
 */
export function iceProtocol(): Protocol {
  const on: Phase = {
    key: 'ice-on',
    title: 'Ice on',
    instruction:
      'Put the ice pack, wrapped in a thin cloth, on the sore area. Take it off after 20 minutes.',
    durationMs: ICE_ON_MINUTES * MINUTE,
    active: true,
    announce: true,
  }
  return {
    kind: 'ice',
    title: 'Ice',
    detail: `Guided ice, ${ICE_ON_MINUTES} min on`,
    phaseAt: (index) => (index === 0 ? on : null),
    doneMessage: `${ICE_ON_MINUTES} minutes are up: take the ice off and let the skin warm up.`,
  }
}

export const HEAT_MINUTES = { min: 15, max: 20, default: 20 } as const

export function heatProtocol(minutes: number = HEAT_MINUTES.default): Protocol {
  checkWhole('Heat minutes', minutes, HEAT_MINUTES.min, HEAT_MINUTES.max)
  const heat: Phase = {
    key: 'heat-on',
    title: 'Heat on',
    instruction: `Heat pad, warm bath or shower on the sore area for ${minutes} minutes. Warm, never hot enough to burn.`,
    durationMs: minutes * MINUTE,
    active: true,
    announce: true,
  }
  return {
    kind: 'heat',
    title: 'Heat',
    detail: `Guided heat, ${minutes} min`,
    phaseAt: (index) => (index === 0 ? heat : null),
    doneMessage: `${minutes} minutes of heat are up.`,
  }
}

export const STRETCH_HOLD_SECONDS = { min: 15, max: 30, default: 20 } as const
export const NEVER_FORCE =
  'Move slowly and only as far as is comfortable. Never force a stretch to its full range.'

export const STRETCHES = [
  {
    key: 'chair-twist',
    name: 'Chair twist',
    instruction:
      'Sit tall on a chair. Cross one leg over the other, turn your upper body toward the top leg and rest the opposite arm outside that knee.',
  },
  {
    key: 'seated-twist',
    name: 'Seated twist',
    instruction:
      'Sit on the floor with your legs out in front. Bend one knee, set that foot across the other leg, and turn gently toward the bent knee.',
  },
  {
    key: 'lying-twist',
    name: 'Lying twist',
    instruction:
      'Lie on your back with your knees bent. Let both knees sink slowly to one side while your shoulders stay on the floor.',
  },
] as const

const SIDES = [
  { key: 'left', word: 'left' },
  { key: 'right', word: 'right' },
] as const

export function stretchProtocol(holdSeconds: number = STRETCH_HOLD_SECONDS.default): Protocol {
  checkWhole('Hold seconds', holdSeconds, STRETCH_HOLD_SECONDS.min, STRETCH_HOLD_SECONDS.max)
  // Each stretch left then right.
  const phases: Phase[] = STRETCHES.flatMap((stretch) =>
    SIDES.map((side) => ({
      key: `${stretch.key}-${side.key}`,
      title: `${stretch.name}, ${side.word} side`,
      instruction: `${stretch.instruction} Turn to the ${side.word}. Hold ${holdSeconds} seconds.`,
      durationMs: holdSeconds * SECOND,
      active: true,
      announce: true,
    })),
  )
  return {
    kind: 'stretch',
    title: 'Stretch routine',
    detail: `Chair twist, seated twist, lying twist; ${holdSeconds} s per side`,
    phaseAt: (index) => phases[index] ?? null,
    doneMessage: 'Stretch routine complete.',
  }
}

export const BREATHING_MINUTES = { min: 1, max: 30, default: 5 } as const
export const BREATH_SECONDS = { inhale: 5, pause: 1, exhale: 3 } as const
const BREATH_CYCLE_SECONDS = BREATH_SECONDS.inhale + BREATH_SECONDS.pause + BREATH_SECONDS.exhale

const BREATH: readonly Phase[] = [
  {
    key: 'inhale',
    title: 'Breathe in',
    instruction: 'Breathe in slowly through your nose.',
    durationMs: BREATH_SECONDS.inhale * SECOND,
    active: true,
    announce: false,
  },
  {
    key: 'pause',
    title: 'Pause',
    instruction: 'Hold gently.',
    durationMs: BREATH_SECONDS.pause * SECOND,
    active: true,
    announce: false,
  },
  {
    key: 'exhale',
    title: 'Breathe out',
    instruction: 'Let the breath out slowly.',
    durationMs: BREATH_SECONDS.exhale * SECOND,
    active: true,
    announce: false,
  },
]

/** Whole breaths nearest the chosen minutes (1 minute = 7 breaths of 9 s). */
export function breathCycles(minutes: number): number {
  return Math.max(1, Math.round((minutes * 60) / BREATH_CYCLE_SECONDS))
}

export function breathingProtocol(minutes: number = BREATHING_MINUTES.default): Protocol {
  checkWhole('Breathing minutes', minutes, BREATHING_MINUTES.min, BREATHING_MINUTES.max)
  const total = breathCycles(minutes) * BREATH.length
  return {
    kind: 'breathing',
    title: 'Slow breathing',
    detail: `Slow breathing 5-1-3, ${minutes} min`,
    phaseAt: (index) => (index < total ? (BREATH[index % BREATH.length] ?? null) : null),
    doneMessage: `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} of slow breathing done.`,
  }
}

function checkWhole(label: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${label} must be a whole number from ${min} to ${max}.`)
  }
}
