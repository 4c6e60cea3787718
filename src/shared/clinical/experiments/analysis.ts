import { isFinding, twoSidedT } from '../statistics'
import { EXPERIMENT_EXACT_SCHEDULES, EXPERIMENT_RANDOM_DRAWS } from '../thresholds'
import { seededUniform, type Option } from './schedule'

/**
 * The result of an n-of-1 experiment (docs/clinical-rules.md): each option's mean with its days,
 * the difference A − B with a 95 % Welch t interval, and a randomization test that re-labels the
 * same days under every order the pairs could have been drawn in.
 */

export type Adherence = 'did' | 'didnt' | 'unrecorded'

/** One planned day with what the diary recorded for it. */
export interface DayInput {
  date: string
  option: Option
  pair: number
  washout: boolean
  adherence: Adherence
  /** Inside the first two days of a spasm episode. */
  flareStart: boolean
  /** The outcome of the day (lower is better), or null when the diary has none. */
  value: number | null
}

/** Why a day counts or not; the screen shows each with its reason. */
export type DayStatus = 'counted' | 'washout' | 'didnt' | 'flare_start' | 'no_value' | 'upcoming'

export interface DayOutcome extends DayInput {
  status: DayStatus
}

export interface CountRules {
  /** The last day that can count: today, the last day of the design, or the day it stopped. */
  through: string
  /** False for heat vs ice, which is about a flare's first days. */
  excludeFlareStart: boolean
}

/**
 * The stated rule: a day counts unless it is a wash-out day, the person said they did not do the
 * option, it falls in an episode's first two days (where a new flare swamps any difference), or
 * the diary has no value for it. A day whose adherence was not recorded counts as planned.
 */
export function dayStatus(day: DayInput, rules: CountRules): DayStatus {
  if (day.date > rules.through) return 'upcoming'
  if (day.washout) return 'washout'
  if (day.adherence === 'didnt') return 'didnt'
  if (rules.excludeFlareStart && day.flareStart) return 'flare_start'
  if (day.value === null) return 'no_value'
  return 'counted'
}

export interface OptionSummary {
  n: number
  mean: number | null
}

export interface RandomizationTest {
  method: 'exact' | 'random'
  /** Schedules enumerated (2^pairs) or drawn. */
  schedules: number
  /** Of them, how many gave a difference at least as large as the one observed. */
  atLeastAsExtreme: number
  pValue: number
}

export interface Analysis {
  days: DayOutcome[]
  a: OptionSummary
  b: OptionSummary
  /** Mean of A minus mean of B: negative when A's days had the lower (better) outcome. */
  difference: number | null
  interval: { low: number; high: number } | null
  test: RandomizationTest | null
  finding: boolean
}

interface PairSums {
  sumA: number
  nA: number
  sumB: number
  nB: number
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length

function variance(values: readonly number[], m: number): number {
  return values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1)
}

/** Welch's interval for a difference of two means; null with fewer than two days on a side. */
export function welchInterval(
  a: readonly number[],
  b: readonly number[],
): { low: number; high: number } | null {
  const ma = mean(a)
  const mb = mean(b)
  if (ma === null || mb === null || a.length < 2 || b.length < 2) return null
  const qa = variance(a, ma) / a.length
  const qb = variance(b, mb) / b.length
  const se = Math.sqrt(qa + qb)
  const d = ma - mb
  if (se === 0) return { low: d, high: d }
  const df = (qa + qb) ** 2 / (qa ** 2 / (a.length - 1) + qb ** 2 / (b.length - 1))
  const half = twoSidedT(df) * se
  return { low: d - half, high: d + half }
}

/** The difference of means when the pairs whose bit is set in `flips` swap their options. */
function relabelled(pairs: readonly PairSums[], flips: (i: number) => boolean): number | null {
  let sumA = 0
  let nA = 0
  let sumB = 0
  let nB = 0
  pairs.forEach((p, i) => {
    const f = flips(i)
    sumA += f ? p.sumB : p.sumA
    nA += f ? p.nB : p.nA
    sumB += f ? p.sumA : p.sumB
    nB += f ? p.nA : p.nB
  })
  return nA === 0 || nB === 0 ? null : sumA / nA - sumB / nB
}

// Floating sums of the same values in another order may differ in the last bits.
const TOLERANCE = 1e-9

/**
 * Two-sided: the share of schedules whose |difference| is at least the observed one. Exact over
 * all 2^k orders of the k pairs with counted days below EXPERIMENT_EXACT_SCHEDULES; otherwise
 * EXPERIMENT_RANDOM_DRAWS seeded draws, counted as (extreme + 1) / (draws + 1) so that the
 * observed schedule is among them. A schedule leaving an option without days is never extreme.
 */
export function randomizationTest(pairs: readonly PairSums[], seed: number): RandomizationTest {
  const observed = relabelled(pairs, () => false)
  const k = pairs.length
  if (observed === null) return { method: 'exact', schedules: 0, atLeastAsExtreme: 0, pValue: 1 }
  const threshold = Math.abs(observed) - TOLERANCE
  const extreme = (d: number | null) => d !== null && Math.abs(d) >= threshold
  const total = 2 ** k
  if (total < EXPERIMENT_EXACT_SCHEDULES) {
    let count = 0
    for (let mask = 0; mask < total; mask += 1) {
      if (extreme(relabelled(pairs, (i) => ((mask >> i) & 1) === 1))) count += 1
    }
    return { method: 'exact', schedules: total, atLeastAsExtreme: count, pValue: count / total }
  }
  const uniform = seededUniform(seed)
  let count = 0
  for (let draw = 0; draw < EXPERIMENT_RANDOM_DRAWS; draw += 1) {
    const flips = pairs.map(() => uniform() < 0.5)
    if (extreme(relabelled(pairs, (i) => flips[i] === true))) count += 1
  }
  return {
    method: 'random',
    schedules: EXPERIMENT_RANDOM_DRAWS,
    atLeastAsExtreme: count,
    pValue: (count + 1) / (EXPERIMENT_RANDOM_DRAWS + 1),
  }
}

export function analyse(days: readonly DayInput[], rules: CountRules, seed: number): Analysis {
  const outcomes = days.map((day) => ({ ...day, status: dayStatus(day, rules) }))
  const counted = outcomes.filter((d) => d.status === 'counted')
  const values = (option: Option) =>
    counted.filter((d) => d.option === option).map((d) => d.value ?? 0)
  const a = values('A')
  const b = values('B')
  const ma = mean(a)
  const mb = mean(b)
  const byPair = new Map<number, PairSums>()
  for (const d of counted) {
    const sums = byPair.get(d.pair) ?? { sumA: 0, nA: 0, sumB: 0, nB: 0 }
    if (d.option === 'A') {
      sums.sumA += d.value ?? 0
      sums.nA += 1
    } else {
      sums.sumB += d.value ?? 0
      sums.nB += 1
    }
    byPair.set(d.pair, sums)
  }
  const test = ma === null || mb === null ? null : randomizationTest([...byPair.values()], seed)
  return {
    days: outcomes,
    a: { n: a.length, mean: ma },
    b: { n: b.length, mean: mb },
    difference: ma === null || mb === null ? null : ma - mb,
    interval: welchInterval(a, b),
    test,
    finding: test !== null && test.schedules > 0 && isFinding(test.pValue),
  }
}
