import { describe, expect, it } from 'vitest'
import { shiftIsoDate } from '../dates'
import { pegDue, pegScore, PEG_ITEMS } from './peg'
import { PEG_INTERVAL_DAYS } from './thresholds'

const TODAY = '2026-11-25'
const ago = (n: number | null) => (n === null ? null : shiftIsoDate(TODAY, -n))

describe('PEG-3', () => {
  it('scores the mean of its three answers', () => {
    expect(PEG_ITEMS.map((i) => i.key)).toEqual(['pain', 'enjoyment', 'activity'])
    expect(pegScore({ pain: 6, enjoyment: 5, activity: 4 })).toBe(5)
    expect(pegScore({ pain: 10, enjoyment: 0, activity: 0 })).toBeCloseTo(10 / 3, 12)
    expect(pegScore({ pain: 0, enjoyment: 0, activity: 0 })).toBe(0)
  })

  it('is asked weekly', () => expect(PEG_INTERVAL_DAYS).toBe(7))

  it.each([
    // last PEG (days ago), dismissed (days ago), due?
    [null, null, true],
    [0, null, false],
    [6, null, false],
    [7, null, true],
    [30, null, true],
    [null, 0, false],
    [null, 6, false],
    [null, 7, true],
    [8, 7, true],
    [8, 2, false],
    [-1, null, false], // recorded "tomorrow": a clock set back; not asked again
  ])('last PEG %s days ago, dismissed %s days ago → due: %s', (last, dismissed, due) => {
    expect(pegDue(ago(last), ago(dismissed), TODAY)).toBe(due)
  })
})
