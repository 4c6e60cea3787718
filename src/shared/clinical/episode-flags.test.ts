import { addDays, format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { fromIsoDate } from '../dates'
import {
  episodeDays,
  episodeFlags,
  isNotImproving,
  isRecurring,
  type DayPain,
  type EpisodeForFlags,
} from './episode-flags'

const TODAY = '2026-11-25'
/** The ISO date `n` days after `from` (negative: before). */
function shift(from: string, n: number): string {
  return format(addDays(fromIsoDate(from), n), 'yyyy-MM-dd')
}
/** Started so that today is its day `day` (inclusive count). */
function startedForDay(day: number): string {
  return shift(TODAY, -(day - 1))
}
function pains(...values: number[]): DayPain[] {
  return values.map((meanPain, i) => ({ date: shift('2026-11-01', i), meanPain }))
}
const WORSE = pains(3, 4, 5, 6, 6, 7)
const BETTER = pains(7, 6, 6, 4, 3, 2)

describe('episodeDays: inclusive local calendar days', () => {
  it.each([
    ['same day', '2026-11-25', null, 1],
    ['yesterday', '2026-11-24', null, 2],
    ['ended the day it started', '2026-11-01', '2026-11-01', 1],
    ['ended a week later', '2026-11-01', '2026-11-07', 7],
    ['across a month end', '2026-10-30', null, 27],
    // Europe's clocks change on 25 Oct 2026: a 23-hour day is still one day.
    ['across a clock change', '2026-10-24', '2026-10-26', 3],
  ])('%s', (_label, start, end, days) => {
    expect(episodeDays(start, end, TODAY)).toBe(days)
  })
})

describe('isNotImproving', () => {
  it.each([
    ['pain rising', WORSE, true],
    ['pain flat', pains(5, 5, 5, 5, 5, 5), true],
    ['pain falling', BETTER, false],
    ['last window lower by a little', pains(5, 5, 5, 5, 5, 4), false],
    ['two days, same pain', pains(4, 4), true],
    // Fewer than 3 days: both windows hold the same days, so nothing shows improvement.
    ['two days, lower', pains(4, 3), true],
    ['one day only', pains(8), true],
    ['five days, windows overlap on the middle day', pains(5, 6, 9, 4, 5), false],
    ['five days, overlapping windows equal', pains(9, 1, 5, 1, 9), true],
    ['four days, last three lower', pains(6, 6, 6, 5), false],
    ['three days rising', pains(2, 9, 3), true],
    ['no check-ins', [], false],
  ])('%s', (_label, days, expected) => {
    expect(isNotImproving(days)).toBe(expected)
  })

  it('sorts the days by date, whatever order they come in', () => {
    expect(isNotImproving([...BETTER].reverse())).toBe(false)
  })
})

describe('episodeFlags at the day boundaries', () => {
  const flagsAt = (day: number, ended: boolean, daily: DayPain[] = BETTER) => {
    const startedOn = startedForDay(day)
    const ep: EpisodeForFlags = {
      id: 1,
      startedOn,
      endedOn: ended ? TODAY : null,
      region: 'lower',
    }
    return episodeFlags(ep, TODAY, daily, [ep])
  }

  it.each([
    // day, ongoing?, pain trend, expected flags
    [6, 'ongoing', WORSE, []],
    [7, 'ongoing', WORSE, ['not_improving']],
    [7, 'ongoing', BETTER, []],
    [7, 'ended', WORSE, []],
    [13, 'ongoing', BETTER, []],
    [14, 'ongoing', BETTER, ['over_two_weeks']],
    [14, 'ended', BETTER, ['over_two_weeks']],
    [14, 'ongoing', WORSE, ['not_improving', 'over_two_weeks']],
    [13, 'ended', WORSE, []],
    [27, 'ongoing', BETTER, ['over_two_weeks']],
    [28, 'ongoing', BETTER, ['over_four_weeks']],
    [27, 'ended', BETTER, ['over_two_weeks']],
    [28, 'ended', BETTER, ['over_four_weeks']],
    [28, 'ongoing', WORSE, ['over_four_weeks', 'not_improving']],
  ] as const)('day %i, %s', (day, state, daily, expected) => {
    expect(flagsAt(day, state === 'ended', [...daily])).toEqual(expected)
  })

  it('counts an ended episode up to its end, not today', () => {
    const ep = { id: 1, startedOn: '2026-10-01', endedOn: '2026-10-13', region: 'lower' }
    expect(episodeFlags(ep, TODAY, [], [ep])).toEqual([])
    const longer = { ...ep, endedOn: '2026-10-14' }
    expect(episodeFlags(longer, TODAY, [], [longer])).toEqual(['over_two_weeks'])
  })
})

describe('recurrence: 3 or more episodes starting in one region within 90 days', () => {
  const ep = (id: number, startedOn: string, region = 'lower'): EpisodeForFlags => ({
    id,
    startedOn,
    endedOn: startedOn,
    region,
  })

  it.each([
    ['2 episodes', [ep(1, '2026-09-01'), ep(2, '2026-09-20')], false],
    [
      '3 episodes within 89 days',
      [ep(1, '2026-09-01'), ep(2, '2026-10-01'), ep(3, '2026-11-29')],
      true,
    ],
    [
      '3 episodes within 90 days',
      [ep(1, '2026-09-01'), ep(2, '2026-10-01'), ep(3, '2026-11-30')],
      true,
    ],
    [
      '3 episodes over 91 days',
      [ep(1, '2026-09-01'), ep(2, '2026-10-01'), ep(3, '2026-12-01')],
      false,
    ],
    [
      '3 episodes, one elsewhere',
      [ep(1, '2026-09-01'), ep(2, '2026-10-01', 'upper'), ep(3, '2026-10-20')],
      false,
    ],
    [
      '3 episodes on one day',
      [ep(1, '2026-09-01'), ep(2, '2026-09-01', 'lower'), ep(3, '2026-09-01')],
      true,
    ],
  ])('%s → the last is recurring: %s', (_label, all, expected) => {
    expect(isRecurring(all[all.length - 1] as EpisodeForFlags, all)).toBe(expected)
  })

  it('never flags the earlier episodes of a run, so later ones do not rewrite history', () => {
    const all = [ep(1, '2026-09-01'), ep(2, '2026-10-01'), ep(3, '2026-10-20')]
    expect(all.map((e) => isRecurring(e, all))).toEqual([false, false, true])
    expect(episodeFlags(all[2] as EpisodeForFlags, TODAY, [], all)).toEqual(['recurring'])
  })
})
