import { describe, expect, it } from 'vitest'
import { analyse, dayStatus, welchInterval, type DayInput } from './analysis'
import { EXPERIMENT_RANDOM_DRAWS } from '../thresholds'

const rules = { through: '2026-12-31', excludeFlareStart: true }

/** Pairs of one-day periods, A first, with the values [A, B] of each pair. */
function days(values: readonly (readonly [number, number])[]): DayInput[] {
  return values
    .flatMap((_pair, i) => [
      { date: `2026-12-${String(2 * i + 1).padStart(2, '0')}`, option: 'A' as const, pair: i + 1 },
      { date: `2026-12-${String(2 * i + 2).padStart(2, '0')}`, option: 'B' as const, pair: i + 1 },
    ])
    .map((d, j) => ({
      ...d,
      washout: false,
      adherence: 'did' as const,
      flareStart: false,
      value: values[Math.floor(j / 2)]?.[j % 2] ?? null,
    }))
}

function one(list: readonly DayInput[]): DayInput {
  const [first] = list
  if (!first) throw new Error('no days')
  return first
}

/**
 * The same test written the slow way, independently: every labelling of the days that swaps
 * options within whole pairs, the means recomputed from the day list.
 */
function bruteForceP(input: readonly DayInput[]): number {
  const pairs = [...new Set(input.map((d) => d.pair))]
  const observed = diffOf(input)
  let extreme = 0
  for (let mask = 0; mask < 2 ** pairs.length; mask += 1) {
    const relabelled = input.map((d) => {
      const flip = ((mask >> pairs.indexOf(d.pair)) & 1) === 1
      return { ...d, option: flip ? (d.option === 'A' ? 'B' : 'A') : d.option }
    })
    if (Math.abs(diffOf(relabelled)) >= Math.abs(observed) - 1e-9) extreme += 1
  }
  return extreme / 2 ** pairs.length
}
function diffOf(input: readonly { option: string; value: number | null }[]): number {
  const m = (o: string) => {
    const v = input.filter((d) => d.option === o).map((d) => d.value ?? 0)
    return v.reduce((s, x) => s + x, 0) / v.length
  }
  return m('A') - m('B')
}

describe('the analysis of an n-of-1 experiment', () => {
  // Worked by hand: pair differences A − B are −3, −3, 0, −2 (sum −8, mean −2). Flipping a pair
  // flips the sign of its difference; |sum| ≥ 8 only when pairs 1, 2 and 4 keep one sign
  // (2 ways) with pair 3 either way (2 ways): 4 of the 2⁴ = 16 schedules, p = 0.25.
  const four = days([
    [2, 5],
    [3, 6],
    [4, 4],
    [1, 3],
  ])

  it('enumerates a 4-pair design exactly: 4 of 16 schedules at least as extreme', () => {
    const result = analyse(four, rules, 1)
    expect(result.a).toEqual({ n: 4, mean: 2.5 })
    expect(result.b).toEqual({ n: 4, mean: 4.5 })
    expect(result.difference).toBe(-2)
    expect(result.test).toEqual({
      method: 'exact',
      schedules: 16,
      atLeastAsExtreme: 4,
      pValue: 0.25,
    })
    expect(result.test?.pValue).toBe(bruteForceP(four))
    expect(result.finding).toBe(false)
  })

  it('gives the Welch t interval: both variances 5/3, df 6, t = 2.447', () => {
    // se = √(5/12 + 5/12) = 0.91287; t(0.975, 6) = 2.446912 (published tables).
    const interval = welchInterval([2, 3, 4, 1], [5, 6, 4, 3])
    expect(interval?.low).toBeCloseTo(-2 - 2.446912 * 0.912871, 4)
    expect(interval?.high).toBeCloseTo(-2 + 2.446912 * 0.912871, 4)
    expect(welchInterval([1], [2, 3])).toBeNull()
    expect(welchInterval([2, 2], [3, 3])).toEqual({ low: -1, high: -1 })
  })

  it('calls a clear 6-pair difference a finding: only the two extreme schedules of 64', () => {
    const six = days([
      [1, 4],
      [2, 5],
      [1, 5],
      [2, 4],
      [1, 4],
      [2, 6],
    ])
    const result = analyse(six, rules, 7)
    expect(result.test).toMatchObject({ method: 'exact', schedules: 64, atLeastAsExtreme: 2 })
    expect(result.test?.pValue).toBe(bruteForceP(six))
    expect(result.finding).toBe(true)
  })

  it('agrees with unequal days per pair, recomputed the slow way', () => {
    const uneven = days([
      [3, 5],
      [4, 4],
      [2, 6],
      [5, 3],
      [1, 4],
    ]).filter((d) => !(d.pair === 2 && d.option === 'B'))
    uneven.push({ ...one(uneven), date: '2026-12-20', value: 6 })
    const result = analyse(uneven, rules, 3)
    expect(result.test?.schedules).toBe(32)
    expect(result.test?.pValue).toBeCloseTo(bruteForceP(uneven), 12)
  })

  it('draws 10,000 seeded schedules above 2¹⁴, close to the exact answer and repeatable', () => {
    const values = Array.from({ length: 14 }, (_, i) => [i % 3, (i % 3) + (i % 2)] as const)
    const many = days(values).map((d, j) => ({
      ...d,
      date: `2027-01-${String(j + 1).padStart(2, '0')}`,
    }))
    const first = analyse(many, { ...rules, through: '2027-12-31' }, 42)
    expect(first.test?.method).toBe('random')
    expect(first.test?.schedules).toBe(EXPERIMENT_RANDOM_DRAWS)
    expect(first.test?.pValue).toBeCloseTo(bruteForceP(many), 1)
    expect(analyse(many, { ...rules, through: '2027-12-31' }, 42).test).toEqual(first.test)
  })

  it('counts days by the stated rule, each with its reason', () => {
    const base = one(days([[2, 4]]))
    const status = (d: Partial<DayInput>, r = rules) => dayStatus({ ...base, ...d }, r)
    expect(status({})).toBe('counted')
    expect(status({ adherence: 'unrecorded' })).toBe('counted')
    expect(status({ washout: true })).toBe('washout')
    expect(status({ adherence: 'didnt' })).toBe('didnt')
    expect(status({ flareStart: true })).toBe('flare_start')
    expect(status({ flareStart: true }, { ...rules, excludeFlareStart: false })).toBe('counted')
    expect(status({ value: null })).toBe('no_value')
    expect(status({}, { ...rules, through: '2026-11-30' })).toBe('upcoming')
  })

  it('has no test until both options have counted days', () => {
    const result = analyse(
      days([[2, 4]]).filter((d) => d.option === 'A'),
      rules,
      1,
    )
    expect(result).toMatchObject({ difference: null, interval: null, test: null, finding: false })
    expect(result.a).toEqual({ n: 1, mean: 2 })
  })
})
