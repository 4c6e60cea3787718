import { describe, expect, it } from 'vitest'
import type { FactorCounts, PhaseEffect } from '../domain/insights'
import {
  earlySignSentence,
  effectOf,
  gapSentence,
  orderFactors,
  phaseSentence,
  recoveryDirection,
} from './insights'
import { factorPageSentence, factorSentences, factorTests } from './insight-lines'

const factors = (over: Partial<FactorCounts> = {}): FactorCounts => ({
  onsets: 5,
  onsetsWithData: 5,
  ordinaryDays: 70,
  ordinaryDaysWithData: 60,
  minimumOnsets: 3,
  enoughData: true,
  rows: [
    { code: 'long_sitting', beforeOnsets: 4, onOrdinaryDays: 9 },
    { code: 'poor_sleep', beforeOnsets: 1, onOrdinaryDays: 30 },
    { code: 'high_stress', beforeOnsets: 2, onOrdinaryDays: 0 },
  ],
  ...over,
})

describe('factor wording and order', () => {
  it('says "was present before" with both shares, their intervals and the test\'s verdict', () => {
    // Fisher, Holm over the three factors compared, Wilson intervals: recomputed with scipy.
    const f = factors()
    const tests = factorTests(f)
    const [sitting, sleep] = f.rows
    if (!sitting || !sleep) throw new Error('the fixture has its rows')
    expect(factorPageSentence(sitting, f, tests)).toBe(
      'Sitting more than 6 hours was present before 4 of 5 spasms (80 %; 95 % interval 38–96 %); ' +
        'on 9 of 60 other days (15 %; 95 % interval 8–26 %): a clear difference ' +
        "(Fisher's exact test, p = 0.014 after Holm's correction).",
    )
    expect(factorPageSentence(sleep, f, tests)).toBe(
      'Sleeping badly was present before 1 of 5 spasms (20 %; 95 % interval 4–62 %); ' +
        'on 30 of 60 other days (50 %; 95 % interval 38–62 %): no clear difference — could be chance.',
    )
  })

  it('gives the page one sentence per factor ticked before a spasm, none without enough data', () => {
    const f = factors()
    const tests = factorTests(f)
    expect(factorSentences(f)).toEqual(
      f.rows.map((row) => ({ code: row.code, text: factorPageSentence(row, f, tests) })),
    )
    const some = factors({ rows: [{ code: 'long_sitting', beforeOnsets: 0, onOrdinaryDays: 9 }] })
    expect(factorSentences(some)).toEqual([])
    expect(factorSentences(factors({ enoughData: false }))).toEqual([])
  })

  it('says when a factor is not tested, or there are no other days to compare with', () => {
    const few = factors({ onsetsWithData: 4 })
    const [sitting] = few.rows
    if (!sitting) throw new Error('the fixture has its rows')
    expect(factorPageSentence(sitting, few, factorTests(few))).toMatch(
      /: not tested: 5 spasms with the checklist answered are needed\.$/,
    )
    const f = factors({ onsetsWithData: 1, ordinaryDaysWithData: 0 })
    expect(
      factorPageSentence({ code: 'fall_or_blow', beforeOnsets: 1, onOrdinaryDays: 0 }, f, []),
    ).toBe(
      'A fall or a blow was present before 1 of 1 spasm (100 %; 95 % interval 21–100 %); ' +
        'no other days with factors recorded to compare with.',
    )
  })

  it('ranks by the difference of the two shares only with enough onsets', () => {
    // 4/5 − 9/60 = 0.65; 2/5 − 0 = 0.4; 1/5 − 30/60 = −0.3.
    expect(orderFactors(factors()).map((r) => r.code)).toEqual([
      'long_sitting',
      'high_stress',
      'poor_sleep',
    ])
    expect(orderFactors(factors({ enoughData: false })).map((r) => r.code)).toEqual([
      'long_sitting',
      'poor_sleep',
      'high_stress',
    ])
  })
})

describe('treatment effect wording', () => {
  const row = (meanChange: number): PhaseEffect => ({
    kind: 'ice',
    phase: 'later',
    sessions: 4,
    ratedSessions: 4,
    effect: { status: 'enough_data', meanChange, meaningfulDrops: 1 },
  })

  it('says pain fell, rose or did not change, never that the treatment caused it', () => {
    expect(phaseSentence(row(1.25))).toBe(
      'Ice from day 8 on was followed by a meaningful drop (2 points or 30 %) in 1 of 4 rated sessions (pain fell by 1.3 points on average).',
    )
    expect(phaseSentence(row(-0.5))).toContain('pain rose by 0.5 points on average')
    expect(phaseSentence(row(0))).toContain('pain did not change on average')
  })

  it('shows no numbers below 3 rated sessions', () => {
    expect(effectOf(2, 3.5, 2)).toEqual({ status: 'not_enough_data', minimumRated: 3 })
    expect(effectOf(3, 3.5, 2)).toEqual({
      status: 'enough_data',
      meanChange: 3.5,
      meaningfulDrops: 2,
    })
    expect(
      phaseSentence({
        kind: 'heat',
        phase: 'early',
        sessions: 3,
        ratedSessions: 1,
        effect: effectOf(1, 2, 1),
      }),
    ).toBe('Heat on days 1–2: 1 rated session; numbers show from 3.')
  })
})

describe('recovery and gaps', () => {
  it('reads a difference under one day as "the same"', () => {
    expect(recoveryDirection(6, 5.5)).toBe('same')
    expect(recoveryDirection(6, 5)).toBe('faster')
    expect(recoveryDirection(5, 6)).toBe('slower')
  })

  it('words gaps overall and per region, and nothing without a gap', () => {
    expect(gapSentence({ region: null, gaps: 14, medianDays: 24 })).toBe(
      'A new episode started a median of 24 days after the one before, start to start (14 gaps).',
    )
    expect(gapSentence({ region: 'upper', gaps: 1, medianDays: 1 })).toBe(
      'A new upper back episode started a median of 1 day after the one before, start to start (1 gap).',
    )
    expect(gapSentence({ region: 'mid', gaps: 0, medianDays: null })).toBeNull()
  })
})

describe('early signs wording', () => {
  const signs = { onsets: 5, onsetsWithData: 4, minimumOnsets: 3, enoughData: true, signs: [] }
  it('gives both numbers with their n', () => {
    expect(
      earlySignSentence(
        {
          sign: 'sleep_interrupted',
          before: { n: 10, value: 0.5 },
          baseline: { n: 200, value: 0.1 },
        },
        signs,
      ),
    ).toBe(
      'Sleep was interrupted on 5 of 10 days in the 3 days before 4 spasms; on 20 of 200 other days.',
    )
    expect(
      earlySignSentence(
        {
          sign: 'stiffness_minutes',
          before: { n: 3, value: 41.6 },
          baseline: { n: 0, value: null },
        },
        signs,
      ),
    ).toBeNull()
  })
})
