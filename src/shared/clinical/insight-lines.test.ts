import { describe, expect, it } from 'vitest'
import type { FactorsInsight, Insights } from '../domain/insights'
import { FACTOR_CODES } from './factors'
import { effectOf, MIN_ONSETS } from './insights'
import { factorTests, strongestLines } from './insight-lines'
import { seededRandom } from '../../../testing/seeded-random'

const none = effectOf(0, null, 0)
const empty: Omit<Insights, 'strongest'> = {
  from: '2026-01-01',
  to: '2026-12-31',
  factors: {
    onsets: 0,
    onsetsWithData: 0,
    ordinaryDays: 0,
    ordinaryDaysWithData: 0,
    minimumOnsets: MIN_ONSETS,
    enoughData: false,
    rows: [],
    sentences: [],
  },
  recovery: {
    episodes: [],
    trend: { status: 'not_enough_data', episodes: 0, minimumPerHalf: 5 },
    gaps: [],
  },
  phases: [],
  heatVsIce: {
    episodes: 0,
    heat: { sessions: 0, ratedSessions: 0, effect: none },
    ice: { sessions: 0, ratedSessions: 0, effect: none },
  },
  earlySigns: {
    onsets: 0,
    onsetsWithData: 0,
    minimumOnsets: MIN_ONSETS,
    enoughData: false,
    signs: [],
  },
}

/** A year's factor counts: each factor ticked with probability `odds(code, when)`. */
function simulatedFactors(
  rnd: () => number,
  odds: (code: string, when: 'onset' | 'day') => number,
  onsets = 14,
  days = 300,
): FactorsInsight {
  const count = (n: number, p: number) => {
    let k = 0
    for (let i = 0; i < n; i += 1) if (rnd() < p) k += 1
    return k
  }
  return {
    onsets,
    onsetsWithData: onsets,
    ordinaryDays: days,
    ordinaryDaysWithData: days,
    minimumOnsets: MIN_ONSETS,
    enoughData: onsets >= MIN_ONSETS,
    sentences: [],
    rows: FACTOR_CODES.map((code) => ({
      code,
      beforeOnsets: count(onsets, odds(code, 'onset')),
      onOrdinaryDays: count(days, odds(code, 'day')),
    })),
  }
}

const factorLineOf = (factors: FactorsInsight) =>
  strongestLines({ ...empty, factors }).find((l) => l.section === 'factors')

describe('factor lines survive chance (Fisher, Holm, at least 5 answered onsets)', () => {
  it('null simulation: 40 diaries where every factor is as common before spasms as on other days', () => {
    const rnd = seededRandom(20261207)
    const rates = [0.05, 0.1, 0.2, 0.3, 0.15, 0.4, 0.08, 0.02, 0.25]
    let reached = 0
    for (let diary = 0; diary < 40; diary += 1) {
      const f = simulatedFactors(rnd, (code) => rates[FACTOR_CODES.indexOf(code as never)] ?? 0.1)
      if (factorLineOf(f)) reached += 1
    }
    // At most 1 diary in 20 at the 0.05 level: 2 of 40.
    expect(reached).toBeLessThanOrEqual(2)
  })

  it('positive control: a factor before 9 of 10 onsets and on 5 % of other days is found', () => {
    const rnd = seededRandom(7)
    const f = simulatedFactors(rnd, (code) => (code === 'long_sitting' ? 0 : 0.1), 10, 300)
    const rows = f.rows.map((r) =>
      r.code === 'long_sitting' ? { ...r, beforeOnsets: 9, onOrdinaryDays: 15 } : r,
    )
    const line = factorLineOf({ ...f, rows })
    expect(line?.text).toMatch(
      /^Sitting more than 6 hours was present before 9 of 10 spasms \(90 %; 95 % interval 60–98 %\); on 15 of 300 other days \(5 %; 95 % interval 3–8 %\) \(Fisher's exact test, p < 0\.001 after Holm's correction\)\.$/,
    )
    expect(line?.text).not.toMatch(/caus/i)
  })

  it('compares nothing below 5 answered onsets', () => {
    const f = simulatedFactors(seededRandom(1), () => 0.1, 4)
    const rows = f.rows.map((r) => ({ ...r, beforeOnsets: r.code === 'poor_sleep' ? 4 : 0 }))
    expect(factorTests({ ...f, rows })).toEqual([])
    expect(factorLineOf({ ...f, rows })).toBeUndefined()
  })

  it('corrects across the factors compared: Holm-adjusted p at least the raw one', () => {
    const f = simulatedFactors(seededRandom(3), () => 0.2, 12)
    for (const t of factorTests(f)) expect(t.adjustedP).toBeGreaterThanOrEqual(0)
    expect(factorTests(f).length).toBeGreaterThan(1)
  })
})

describe('heat vs ice and what helps when: Fisher on shares of meaningful drops, 5 rated a group', () => {
  const stats = (rated: number, drops: number) => ({
    sessions: rated,
    ratedSessions: rated,
    effect: effectOf(rated, 1, drops),
  })

  it.each([
    ['4 of 5 against 1 of 4: too few ice sessions to compare', stats(5, 4), stats(4, 1), false],
    ['4 of 5 against 1 of 5: not clear (p 0.21)', stats(5, 4), stats(5, 1), false],
    ['10 of 10 against 1 of 10: a finding', stats(10, 10), stats(10, 1), true],
  ] as const)('%s', (_label, heat, ice, found) => {
    const lines = strongestLines({ ...empty, heatVsIce: { episodes: 10, heat, ice } })
    expect(lines.some((l) => l.section === 'heat_vs_ice')).toBe(found)
  })

  it('does not rank a treatment by phase when the shares could be chance', () => {
    // 3 of 5 early against 2 of 5 later: the absolute drop is larger early on, not the share.
    const phases = [
      { kind: 'heat', phase: 'early', ...stats(5, 3) },
      { kind: 'heat', phase: 'later', ...stats(5, 2) },
    ] as const
    expect(strongestLines({ ...empty, phases: [...phases] })).toEqual([])
    const clear = [
      { kind: 'heat', phase: 'early', ...stats(12, 11) },
      { kind: 'heat', phase: 'later', ...stats(12, 1) },
    ] as const
    const [line] = strongestLines({ ...empty, phases: [...clear] })
    expect(line?.section).toBe('what_helps')
    expect(line?.text).toMatch(/11 of 12 rated sessions \(92 %; 95 % interval/)
  })

  it('never carries recovery or early signs, which have no test here', () => {
    // The whole page's answer, as getInsights hands it over.
    const insights: Omit<Insights, 'strongest'> = {
      ...empty,
      recovery: {
        ...empty.recovery,
        trend: {
          status: 'enough_data',
          earlier: { episodes: 5, medianDays: 10, shortestDays: 8, longestDays: 12 },
          recent: { episodes: 5, medianDays: 4, shortestDays: 2, longestDays: 6 },
          direction: 'faster',
        },
      },
    }
    expect(strongestLines(insights)).toEqual([])
  })
})
