import { describe, expect, it } from 'vitest'
import {
  episodeDays,
  episodeDaysAsOf,
  episodeFlags,
  episodeProgress,
  painTrend,
  recurrenceChain,
  type DayPain,
  type EpisodeForFlags,
} from './episode-flags'
import { shiftIsoDate } from '../dates'
import {
  FOUR_WEEKS_DAYS,
  NOT_IMPROVING_MIN_DAYS,
  RECURRENCE_WINDOW_DAYS,
  TWO_WEEKS_DAYS,
} from './thresholds'

const TODAY = '2026-11-25'
/** Started so that today is its day `day` (inclusive count). */
const startedForDay = (day: number) => shiftIsoDate(TODAY, -(day - 1))
/** One pain value per day, from 1 Nov. */
function pains(...values: number[]): DayPain[] {
  return values.map((meanPain, i) => ({ date: shiftIsoDate('2026-11-01', i), meanPain }))
}
const WORSE = pains(3, 4, 5, 6, 6, 7)
const BETTER = pains(7, 6, 6, 4, 3, 2)

describe('the thresholds are the design’s numbers', () => {
  it('7, 14, 28 and 90 days', () => {
    expect([NOT_IMPROVING_MIN_DAYS, TWO_WEEKS_DAYS, FOUR_WEEKS_DAYS]).toEqual([7, 14, 28])
    expect(RECURRENCE_WINDOW_DAYS).toBe(90)
  })
})

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

  it.each([
    ['ongoing, judged on day 10', null, '2026-11-10', 10],
    ['ended after the day it is judged on', '2026-11-20', '2026-11-10', 10],
    ['ended before the day it is judged on', '2026-11-05', '2026-11-10', 5],
  ])('as of a date: %s', (_label, end, asOf, days) => {
    expect(episodeDaysAsOf('2026-11-01', end, asOf)).toBe(days)
  })
})

describe('painTrend: k = min(3, ⌊n/2⌋) days in each window, never overlapping', () => {
  it.each([
    // values, n, k, first mean, last mean, not improving?
    ['no days', [], null],
    ['one day', [8], null],
    ['day 1 at 8 and day 7 at 3 (improving)', [8, 3], [2, 1, 8, 3, false]],
    ['two days, same pain', [4, 4], [2, 1, 4, 4, true]],
    ['two days, rising', [3, 5], [2, 1, 3, 5, true]],
    ['three days: first vs last, the middle one left out', [5, 9, 4], [3, 1, 5, 4, false]],
    ['three days rising', [2, 9, 3], [3, 1, 2, 3, true]],
    ['four days: two and two', [6, 6, 6, 5], [4, 2, 6, 5.5, false]],
    ['five days: two and two, the middle left out', [9, 1, 5, 1, 9], [5, 2, 5, 5, true]],
    ['six days: three and three', [3, 4, 5, 6, 6, 7], [6, 3, 4, 19 / 3, true]],
    ['seven days: still three and three', [5, 5, 5, 1, 5, 5, 4], [7, 3, 5, 14 / 3, false]],
    ['ten days: three and three', [7, 6, 6, 5, 5, 4, 4, 3, 3, 2], [10, 3, 19 / 3, 8 / 3, false]],
    ['flat', [5, 5, 5, 5, 5, 5], [6, 3, 5, 5, true]],
  ] as const)('%s', (_label, values, expected) => {
    const trend = painTrend(pains(...values))
    if (expected === null) {
      expect(trend).toBeNull()
      return
    }
    const [n, k, first, last, notImproving] = expected
    expect(trend).toMatchObject({ days: n, windowDays: k })
    expect(trend?.firstMean).toBeCloseTo(first, 10)
    expect(trend?.lastMean).toBeCloseTo(last, 10)
    expect(trend !== null && trend.lastMean >= trend.firstMean).toBe(notImproving)
  })

  it('sorts the days by date, whatever order they come in', () => {
    expect(painTrend([...BETTER].reverse())).toMatchObject({ firstMean: 19 / 3, lastMean: 3 })
  })
})

describe('episodeProgress: what the episode view says', () => {
  const ongoing = (day: number): EpisodeForFlags => ({
    id: 1,
    startedOn: startedForDay(day),
    endedOn: null,
    region: 'lower',
  })
  const inEpisode = (day: number, ...values: number[]) =>
    values.map((meanPain, i) => ({ date: shiftIsoDate(startedForDay(day), i), meanPain }))
  /** Pain on given days of the episode: [day number, pain]. */
  const onDays = (day: number, ...points: (readonly [number, number])[]) =>
    points.map(([d, meanPain]) => ({ date: shiftIsoDate(startedForDay(day), d - 1), meanPain }))

  it.each([
    [
      'day 6, rising',
      6,
      [
        [1, 3],
        [6, 7],
      ],
      'not_judged',
    ],
    ['day 7, no check-ins', 7, [], 'not_enough_checkins'],
    ['day 7, one day with pain', 7, [[3, 6]], 'not_enough_checkins'],
    [
      'day 7, pain 8 on day 1 and 3 on day 7',
      7,
      [
        [1, 8],
        [7, 3],
      ],
      'improving',
    ],
    [
      'day 7, pain 3 on day 1 and 8 on day 7',
      7,
      [
        [1, 3],
        [7, 8],
      ],
      'not_improving',
    ],
    [
      'day 7, the same pain twice',
      7,
      [
        [2, 5],
        [5, 5],
      ],
      'not_improving',
    ],
    [
      'day 30, three days falling',
      30,
      [
        [1, 9],
        [15, 9],
        [30, 2],
      ],
      'improving',
    ],
  ] as const)('%s → %s', (_label, day, points, status) => {
    expect(episodeProgress(ongoing(day), onDays(day, ...points), TODAY).status).toBe(status)
  })

  it('counts only the days with check-ins up to the day it is judged', () => {
    const ep = ongoing(10)
    const days = inEpisode(10, 8, 7, 9, 9)
    expect(episodeProgress(ep, days, shiftIsoDate(ep.startedOn, 6))).toMatchObject({
      status: 'not_improving',
      days: 4,
    })
    const early = shiftIsoDate(ep.startedOn, 1)
    expect(episodeProgress(ep, days, early)).toEqual({ status: 'not_judged' })
  })

  it('never judges an ended episode', () => {
    const ep = { ...ongoing(10), endedOn: TODAY }
    expect(episodeProgress(ep, WORSE, TODAY)).toEqual({ status: 'not_judged' })
  })
})

describe('episodeFlags at the day boundaries', () => {
  const flagsAt = (day: number, ended: boolean, daily: readonly DayPain[]) => {
    const ep: EpisodeForFlags = {
      id: 1,
      startedOn: startedForDay(day),
      endedOn: ended ? TODAY : null,
      region: 'lower',
    }
    const inside = daily.map((d, i) => ({ ...d, date: shiftIsoDate(ep.startedOn, i) }))
    return episodeFlags(ep, TODAY, inside, [ep])
  }

  it.each([
    // day, ongoing?, pain trend, expected flags (strongest first)
    [6, 'ongoing', WORSE, []],
    [7, 'ongoing', WORSE, ['not_improving']],
    [7, 'ongoing', BETTER, []],
    [7, 'ended', WORSE, []],
    [13, 'ongoing', BETTER, []],
    [13, 'ended', WORSE, []],
    [14, 'ongoing', BETTER, ['over_two_weeks']],
    [14, 'ended', BETTER, ['over_two_weeks']],
    [14, 'ongoing', WORSE, ['not_improving', 'over_two_weeks']],
    [27, 'ongoing', BETTER, ['over_two_weeks']],
    [27, 'ended', BETTER, ['over_two_weeks']],
    [28, 'ongoing', BETTER, ['over_four_weeks']],
    [28, 'ended', BETTER, ['over_four_weeks']],
    [28, 'ongoing', WORSE, ['not_improving', 'over_four_weeks']],
    [7, 'ongoing', pains(6), []], // one day with pain: not enough to tell, nothing raised
  ] as const)('day %i, %s', (day, state, daily, expected) => {
    expect(flagsAt(day, state === 'ended', daily)).toEqual(expected)
  })

  it('counts an ended episode up to its end, not today', () => {
    const ep = { id: 1, startedOn: '2026-10-01', endedOn: '2026-10-13', region: 'lower' }
    expect(episodeFlags(ep, TODAY, [], [ep])).toEqual([])
    const longer = { ...ep, endedOn: '2026-10-14' }
    expect(episodeFlags(longer, TODAY, [], [longer])).toEqual(['over_two_weeks'])
  })

  it('judges as of an earlier date as it stood then', () => {
    const ep = { id: 1, startedOn: '2026-10-01', endedOn: null, region: 'lower' }
    expect(episodeFlags(ep, '2026-10-13', [], [ep])).toEqual([])
    expect(episodeFlags(ep, '2026-10-14', [], [ep])).toEqual(['over_two_weeks'])
    expect(episodeFlags(ep, '2026-09-30', [], [ep])).toEqual([])
  })
})

describe('recurrence: 3 episodes starting in one region, last − first + 1 ≤ 90', () => {
  const ep = (id: number, startedOn: string, region = 'lower'): EpisodeForFlags => ({
    id,
    startedOn,
    endedOn: startedOn,
    region,
  })
  const third = (start: string, first = '2026-09-01') =>
    [ep(1, first), ep(2, shiftIsoDate(first, 30)), ep(3, start)] as const

  it.each([
    ['2 episodes', [ep(1, '2026-09-01'), ep(2, '2026-09-20')], false],
    ['starts 88 days apart', third(shiftIsoDate('2026-09-01', 88)), true],
    ['starts 89 days apart (a span of 90 days)', third(shiftIsoDate('2026-09-01', 89)), true],
    ['starts 90 days apart (a span of 91 days)', third(shiftIsoDate('2026-09-01', 90)), false],
    ['starts 89 days apart across a clock change', third('2026-12-27', '2026-09-29'), true],
    ['starts 90 days apart across a clock change', third('2026-12-28', '2026-09-29'), false],
    [
      '3 episodes, one elsewhere',
      [ep(1, '2026-09-01'), ep(2, '2026-10-01', 'upper'), ep(3, '2026-10-20')],
      false,
    ],
    [
      '3 episodes on one day',
      [ep(1, '2026-09-01'), ep(2, '2026-09-01'), ep(3, '2026-09-01')],
      true,
    ],
  ] as const)('%s → the last is recurring: %s', (_label, all, expected) => {
    const last = all[all.length - 1] as EpisodeForFlags
    expect(recurrenceChain(last, all) !== null).toBe(expected)
    expect(episodeFlags(last, last.startedOn, [], all).includes('recurring')).toBe(expected)
  })

  it('never flags the earlier episodes of a run, so later ones do not rewrite history', () => {
    const all = [ep(1, '2026-09-01'), ep(2, '2026-10-01'), ep(3, '2026-10-20')]
    expect(all.map((e) => recurrenceChain(e, all) !== null)).toEqual([false, false, true])
    expect(recurrenceChain(all[2] as EpisodeForFlags, all)?.map((e) => e.id)).toEqual([1, 2, 3])
  })

  it('names every start of a longer run, oldest first', () => {
    const all = [ep(4, '2026-10-25'), ep(1, '2026-09-01'), ep(2, '2026-09-20'), ep(3, '2026-10-01')]
    expect(recurrenceChain(all[0] as EpisodeForFlags, all)?.map((e) => e.startedOn)).toEqual([
      '2026-09-01',
      '2026-09-20',
      '2026-10-01',
      '2026-10-25',
    ])
  })
})
