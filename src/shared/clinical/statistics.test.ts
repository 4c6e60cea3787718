import { describe, expect, it } from 'vitest'
import {
  fisherExact,
  holmAdjust,
  isFinding,
  twoSidedT,
  twoSidedZ,
  wilsonInterval,
} from './statistics'

// Reference values: Fisher from scipy.stats.fisher_exact (the same two-sided rule as R's
// fisher.test); Holm worked by hand; Wilson recomputed in Python from the score formula.
describe('fisherExact', () => {
  it.each([
    // [successes A, of A, successes B, of B, p]
    [1, 10, 11, 14, 0.002759], // Wikipedia's worked example: 1 of 10 vs 11 of 14
    [3, 4, 1, 4, 0.4857], // the lady tasting tea, 3 of 4 right
    [9, 10, 5, 100, 4.119e-9],
    [5, 10, 5, 10, 1],
    [0, 5, 5, 5, 0.007937],
  ])('%i/%i vs %i/%i gives p ≈ %f', (a, an, b, bn, p) => {
    const result = fisherExact({ count: a, of: an }, { count: b, of: bn })
    expect(result).toBeGreaterThan(p * 0.99)
    expect(result).toBeLessThan(p * 1.01 + 1e-12)
  })

  it('is symmetric in its two groups and 1 with an empty group', () => {
    const a = { count: 2, of: 9 }
    const b = { count: 7, of: 11 }
    expect(fisherExact(a, b)).toBeCloseTo(fisherExact(b, a), 12)
    expect(fisherExact({ count: 0, of: 0 }, b)).toBe(1)
  })
})

describe('holmAdjust', () => {
  it('matches p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm")', () => {
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005])
    expect(adjusted[0]).toBeCloseTo(0.03, 10)
    expect(adjusted[1]).toBeCloseTo(0.06, 10)
    expect(adjusted[2]).toBeCloseTo(0.06, 10)
    expect(adjusted[3]).toBeCloseTo(0.02, 10)
  })

  it('never goes above 1', () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1])
  })
})

describe('wilsonInterval', () => {
  it('gives 1.96 for a 95 % two-sided z', () => {
    expect(twoSidedZ()).toBeCloseTo(1.959964, 5)
  })

  it.each([
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [9, 10, 0.5958, 0.9821],
    [45, 100, 0.3561, 0.5476],
  ])('%i of %i lies in [%f, %f]', (count, of, low, high) => {
    const interval = wilsonInterval({ count, of })
    expect(interval.low).toBeCloseTo(low, 3)
    expect(interval.high).toBeCloseTo(high, 3)
  })

  it('is [0, 1] with no data', () => {
    expect(wilsonInterval({ count: 0, of: 0 })).toEqual({ low: 0, high: 1 })
  })
})

describe('twoSidedT and isFinding', () => {
  it.each([
    [4, 2.776445],
    [10, 2.228139],
    [30, 2.042272],
  ])('t with %i degrees of freedom is %f', (df, t) => {
    expect(twoSidedT(df)).toBeCloseTo(t, 5)
  })

  it('calls a finding only below 0.05', () => {
    expect(isFinding(0.049)).toBe(true)
    expect(isFinding(0.05)).toBe(false)
  })
})
