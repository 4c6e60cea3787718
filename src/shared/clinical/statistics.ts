import hypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf'
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile'
import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import { CONFIDENCE_LEVEL, SIGNIFICANCE_LEVEL } from './thresholds'

/**
 * The tests and intervals behind every claim that a pattern is more than chance
 * (docs/clinical-rules.md). The distributions come from stdlib; what is written here is only
 * how they combine, each checked against published values in statistics.test.ts.
 */

/** A share with its counts, as every figure a person reads carries its n. */
export interface Share {
  count: number
  of: number
}

/** Relative tolerance when comparing table probabilities, as R's fisher.test uses. */
const PMF_TOLERANCE = 1 + 1e-7

/**
 * Fisher's exact test, two-sided, of whether two shares differ: the probability, with both
 * margins fixed, of a table at most as likely as the one observed. 1 when either group is empty.
 */
export function fisherExact(a: Share, b: Share): number {
  if (a.of === 0 || b.of === 0) return 1
  const population = a.of + b.of
  const successes = a.count + b.count
  const draws = a.of
  const observed = hypergeometricPmf(a.count, population, successes, draws)
  let p = 0
  const low = Math.max(0, draws - (population - successes))
  const high = Math.min(successes, draws)
  for (let x = low; x <= high; x += 1) {
    const px = hypergeometricPmf(x, population, successes, draws)
    if (px <= observed * PMF_TOLERANCE) p += px
  }
  return Math.min(1, p)
}

/**
 * Holm's step-down correction of several p-values tested together; answers the adjusted values in
 * the order given (each at least its own value, never above 1, never below an earlier smaller one).
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length
  const order = pValues.map((p, index) => ({ p, index })).sort((x, y) => x.p - y.p)
  const adjusted = new Array<number>(m)
  let running = 0
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p))
    adjusted[index] = running
  })
  return adjusted
}

/** A pattern is a finding only when its (corrected) p-value is below the significance level. */
export function isFinding(pValue: number): boolean {
  return pValue < SIGNIFICANCE_LEVEL
}

/** Student's t value of a two-sided interval with `df` degrees of freedom (2.776 for 4, 95 %). */
export function twoSidedT(df: number, level: number = CONFIDENCE_LEVEL): number {
  return tQuantile(1 - (1 - level) / 2, df)
}

/** The z value of a two-sided interval at `level` (1.96 for 95 %). */
export function twoSidedZ(level: number = CONFIDENCE_LEVEL): number {
  return normalQuantile(1 - (1 - level) / 2, 0, 1)
}

/** Wilson's score interval of a share (95 % unless told); [0, 1] when there is no data. */
export function wilsonInterval(
  share: Share,
  level: number = CONFIDENCE_LEVEL,
): { low: number; high: number } {
  const n = share.of
  if (n === 0) return { low: 0, high: 1 }
  const z = twoSidedZ(level)
  const phat = share.count / n
  const z2 = z * z
  const denominator = 1 + z2 / n
  const centre = (phat + z2 / (2 * n)) / denominator
  const half = (z / denominator) * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n))
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}
