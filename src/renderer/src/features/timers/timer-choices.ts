import {
  BREATHING_MINUTES,
  BREATH_SECONDS,
  HEAT_MINUTES,
  ICE_ADVICE,
  STRETCH_HOLD_SECONDS,
  breathingProtocol,
  heatProtocol,
  iceProtocol,
  stretchProtocol,
  type Protocol,
  type TimerKind,
} from './model/protocols'

/** How long a routine runs, when the person can choose it. */
interface LengthChoice {
  label: string
  options: readonly number[]
  initial: number
  /** An option in words: "20 minutes", "15 seconds". */
  say: (n: number) => string
}

interface TimerChoice {
  label: string
  summary: string
  length?: LengthChoice
  /** The protocol to run, at the chosen length (ice has none). */
  protocol: (length: number) => Protocol
}

function steps(from: number, to: number, step: number): number[] {
  const out: number[] = []
  for (let n = from; n <= to; n += step) out.push(n)
  return out
}

const minutes = (m: number) => `${m} ${m === 1 ? 'minute' : 'minutes'}`

/** Every guided routine by kind: what it is called, what it does, its length, its protocol. */
export const TIMER_CHOICES: Record<TimerKind, TimerChoice> = {
  ice: { label: 'Ice', summary: ICE_ADVICE, protocol: () => iceProtocol() },
  heat: {
    label: 'Heat',
    summary: '15–20 minutes with a heat pad, warm bath or shower.',
    length: {
      label: 'Minutes of heat',
      options: steps(HEAT_MINUTES.min, HEAT_MINUTES.max, 1),
      initial: HEAT_MINUTES.default,
      say: minutes,
    },
    protocol: heatProtocol,
  },
  stretch: {
    label: 'Stretch routine',
    summary: 'Chair twist, seated twist, lying twist: each held 15–30 s, left then right.',
    length: {
      label: 'Hold each side for',
      options: steps(STRETCH_HOLD_SECONDS.min, STRETCH_HOLD_SECONDS.max, 5),
      initial: STRETCH_HOLD_SECONDS.default,
      say: (s) => `${s} seconds`,
    },
    protocol: stretchProtocol,
  },
  breathing: {
    label: 'Slow breathing',
    summary: `Breathe in ${BREATH_SECONDS.inhale} s, pause ${BREATH_SECONDS.pause} s, breathe out ${BREATH_SECONDS.exhale} s, for the minutes you choose.`,
    length: {
      label: 'Breathe for',
      options: [1, 2, 3, 5, 10, 15, 20, 30].filter(
        (m) => m >= BREATHING_MINUTES.min && m <= BREATHING_MINUTES.max,
      ),
      initial: BREATHING_MINUTES.default,
      say: minutes,
    },
    protocol: breathingProtocol,
  },
}

export const TIMER_KINDS = Object.keys(TIMER_CHOICES) as TimerKind[]
