import { describe, expect, it } from 'vitest'
import { recoveryDay, recoveryOf, recoveryTrend } from './recovery'
import { recoverySentence } from './insights'

/** A curve from daily means by day of the episode; null = a day without check-ins. */
const curve = (pains: (number | null)[]) =>
  pains.flatMap((pain, i) => (pain === null ? [] : [{ day: i + 1, pain }]))

describe('recovery day: the first of two days in a row with mean pain ≤ 2', () => {
  it.each([
    ['two good days in a row', [7, 5, 2, 2, 1], 3],
    ['two good days from the first day', [2, 1, 6], 1],
    ['pain exactly 2 twice', [6, 2, 2], 2],
    ['2.5 is not good', [6, 2.5, 2.5, 2, 2], 4],
    ['a single good day does not count', [7, 2, 5, 4, 3], null],
    ['a single good day, then two later', [7, 1, 4, 2, 2], 4],
    ['a day without check-ins breaks the run', [7, 2, null, 2, 5], null],
    ['the run after a gap counts from its own first day', [7, 2, null, 2, 1], 4],
    ['the last day alone is not enough yet', [7, 6, 5, 2], null],
    ['never recovers', [8, 7, 7, 6, 6, 5, 5, 4], null],
    ['no check-ins at all', [], null],
  ] as const)('%s', (_name, pains, expected) => {
    expect(recoveryDay(curve([...pains]))).toBe(expected)
  })
})

describe('days to recovery', () => {
  it.each([
    [
      'recovered by pain while ongoing',
      [6, 2, 1],
      5,
      false,
      { daysToRecovery: 2, recoveredBy: 'pain' },
    ],
    [
      'recovered by pain, then ended',
      [6, 2, 1],
      9,
      true,
      { daysToRecovery: 2, recoveredBy: 'pain' },
    ],
    [
      'a single good day, then ended: its length',
      [6, 2, 5],
      6,
      true,
      { daysToRecovery: 6, recoveredBy: 'end' },
    ],
    [
      'never recovers, ended: its length',
      [8, 8, 7],
      3,
      true,
      { daysToRecovery: 3, recoveredBy: 'end' },
    ],
    [
      'never recovers, ongoing: not yet known',
      [8, 8, 7],
      10,
      false,
      { daysToRecovery: null, recoveredBy: null },
    ],
    [
      'one good last day, ongoing: not yet known',
      [8, 2],
      2,
      false,
      { daysToRecovery: null, recoveredBy: null },
    ],
  ] as const)('%s', (_name, pains, days, ended, expected) => {
    expect(recoveryOf(curve([...pains]), days, ended)).toEqual(expected)
  })
})

describe('recent against earlier', () => {
  const known = (days: (number | null)[]) => days.map((daysToRecovery) => ({ daysToRecovery }))

  it('needs five episodes with a known recovery in each half', () => {
    // Nine known (halves of four) and an ongoing one: not enough.
    expect(recoveryTrend(known([3, 9, 4, 8, 5, 9, 4, 8, 5, null]))).toEqual({
      status: 'not_enough_data',
      episodes: 9,
      minimumPerHalf: 5,
    })
    expect(recoveryTrend(known([3, 9, 4, 8, 5, 9, 4, 8, 5, 3]))).toMatchObject({
      status: 'enough_data',
    })
  })

  it('compares medians with their ranges; the middle one of an odd count sits out', () => {
    const trend = recoveryTrend(known([10, 8, 12, 9, 11, 5, 4, 6, 5, 3, 7]))
    expect(trend).toEqual({
      status: 'enough_data',
      earlier: { episodes: 5, medianDays: 10, shortestDays: 8, longestDays: 12 },
      recent: { episodes: 5, medianDays: 5, shortestDays: 3, longestDays: 7 },
      direction: 'faster',
    })
    expect(recoverySentence(trend)).toBe(
      'Recent episodes eased faster: a median of 5 days (range 3–7) to recovery over the last ' +
        '5 episodes, against 10 days (range 8–12) over the 5 episodes before them.',
    )
  })

  it('reads "about as fast" when the medians are less than a day apart', () => {
    const trend = recoveryTrend(known([4, 5, 6, 5, 4, 6, 5, 4, 5, 6]))
    expect(trend).toMatchObject({ status: 'enough_data', direction: 'same' })
    expect(recoverySentence(trend)).toMatch(/^Recent episodes eased about as fast as earlier ones/)
  })
})
