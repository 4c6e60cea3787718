import type { Experiment, ExperimentResult } from '../../domain/experiment'
import { formatShortDay, plural } from '../../format'
import { OUTCOMES, type OutcomeCode } from './catalogue'

/**
 * The result in plain words (docs/clinical-rules.md), for the result screen and the doctor's
 * summary alike. It says what differed and how often chance alone gave as much; never that one
 * option caused it.
 */

/** A share of nights reads as percentage points; the 0–10 scales and minutes as they are. */
export function scaled(outcome: OutcomeCode, value: number): number {
  return outcome === 'sleep_interrupted' ? value * 100 : value
}

export function unitOf(outcome: OutcomeCode): string {
  return outcome === 'sleep_interrupted' ? 'percentage points' : OUTCOMES[outcome].unit
}

const one = (n: number) => {
  const rounded = Math.round(n * 10) / 10
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(1).replace('-', '−')
}

export function percentOf(p: number): string {
  const pct = p * 100
  return pct < 1 ? 'less than 1 %' : `${Math.round(pct)} %`
}

export interface ResultWords {
  /** What differed, with its interval; or why there is no number yet. */
  headline: string
  /** How often chance alone gave a gap this large. */
  chance: string | null
  /** What the person can take from it. */
  meaning: string
}

export function resultWords(result: ExperimentResult): ResultWords {
  const { experiment: e, difference, interval, test } = result
  const outcome = OUTCOMES[e.outcome].label.toLowerCase()
  const unit = unitOf(e.outcome)
  if (difference === null || test === null) {
    return {
      headline: `No result yet: both options need counted days with a recorded ${outcome}.`,
      chance: null,
      meaning:
        'Keep recording as usual; days with your check-ins make the result. Nothing extra to fill in.',
    }
  }
  const gap = Math.abs(scaled(e.outcome, difference))
  // The interval of "how much lower on the first-named option's days".
  const [better, other] = difference <= 0 ? [e.optionA, e.optionB] : [e.optionB, e.optionA]
  // How much lower on the better option's days: B − A when A's were lower, else A − B.
  const lowerBy = interval
    ? difference <= 0
      ? { low: -interval.high, high: -interval.low }
      : interval
    : null
  const range = lowerBy
    ? ` (95 % interval ${one(scaled(e.outcome, lowerBy.low))} to ${one(scaled(e.outcome, lowerBy.high))})`
    : ''
  const headline =
    gap < 0.05
      ? `Your ${outcome} was the same on “${e.optionA}” and “${e.optionB}” days.`
      : `On “${better}” days your ${outcome} was ${one(gap)} ${unit} lower than on “${other}” days${range}.`
  const schedules =
    test.method === 'exact'
      ? `the ${test.schedules.toLocaleString('en-GB')} possible schedules`
      : `${test.schedules.toLocaleString('en-GB')} schedules drawn at random from the possible ones`
  const chance = `A gap this big came up by chance in ${percentOf(test.pValue)} of ${schedules}.`
  const meaning = result.finding
    ? `That is unlikely to be chance alone. It is one fair test on your own days, worth talking over with your clinician${result.complete ? '' : '; it was stopped early, so treat it with care'}.`
    : `That could well be chance: no clear difference was found${result.complete ? '' : ' in the days it ran (it was stopped early)'}. That still helps: you can choose whichever option suits you, without expecting one to do more than the other; a longer experiment could show a smaller difference.`
  return { headline, chance, meaning }
}

/** The design in one sentence, for the doctor's summary and the CSV. */
export function designWords(
  e: Pick<Experiment, 'pairs' | 'periodDays' | 'washoutDays' | 'startsOn' | 'endsOn' | 'stoppedOn'>,
): string {
  const washout =
    e.washoutDays === 0
      ? ''
      : e.washoutDays === 1
        ? ' (the first day of each a wash-out)'
        : ` (the first ${e.washoutDays} days of each a wash-out)`
  const stopped = e.stoppedOn ? `, stopped early on ${formatShortDay(e.stoppedOn)}` : ''
  return (
    `${e.pairs} pairs of ${e.periodDays}-day periods${washout} in random order; ` +
    `${formatShortDay(e.startsOn)} – ${formatShortDay(e.endsOn)}${stopped}.`
  )
}

/** What the person said about doing the day's option, over the days the experiment ran. */
export function adherenceWords(a: { did: number; didnt: number; unrecorded: number }): string {
  const days = a.did + a.didnt + a.unrecorded
  return `Option done on ${a.did} of ${plural(days, 'day')}, not done on ${a.didnt}, not recorded on ${a.unrecorded}.`
}
