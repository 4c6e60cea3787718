import { describe, expect, it } from 'vitest'
import type { ExperimentResult } from '../../domain/experiment'
import { adherenceWords, designWords, percentOf, resultWords } from './wording'

const experiment = {
  id: 1,
  question: 'stretch_routine',
  questionLabel: 'Does a daily stretch routine help?',
  optionA: 'Stretch routine',
  optionB: 'No stretch routine',
  outcome: 'morning_stiffness',
  startsOn: '2026-12-07',
  endsOn: '2027-01-01',
  pairs: 6,
  periodDays: 2,
  washoutDays: 0,
  seed: 1,
  status: 'finished',
  stoppedOn: null,
  today: null,
  adherence: { did: 20, didnt: 2, unrecorded: 2 },
  createdAt: '',
  updatedAt: '',
} satisfies ExperimentResult['experiment']

const result = (over: Partial<ExperimentResult>): ExperimentResult => ({
  experiment,
  complete: true,
  a: { n: 11, mean: 2 },
  b: { n: 11, mean: 3.2 },
  difference: -1.2,
  interval: { low: -2.0, high: -0.4 },
  test: { method: 'exact', schedules: 64, atLeastAsExtreme: 2, pValue: 2 / 64 },
  finding: true,
  days: [],
  ...over,
})

describe('the result in plain words', () => {
  it('says the gap, its interval and how often chance gave as much, as the issue words it', () => {
    const words = resultWords(result({}))
    expect(words.headline).toBe(
      'On “Stretch routine” days your morning stiffness was 1.2 points lower than on “No stretch routine” days (95 % interval 0.4 to 2.0).',
    )
    expect(words.chance).toBe(
      'A gap this big came up by chance in 3 % of the 64 possible schedules.',
    )
    expect(words.meaning).toMatch(/^That is unlikely to be chance alone/)
  })

  it('names the other option when its days were lower, the interval still low to high', () => {
    const words = resultWords(
      result({ difference: 0.8, interval: { low: -0.3, high: 1.9 }, finding: false }),
    )
    expect(words.headline).toContain('On “No stretch routine” days your morning stiffness was 0.8')
    expect(words.headline).toContain('(95 % interval −0.3 to 1.9)')
    expect(words.meaning).toMatch(/could well be chance.*still helps/)
  })

  it('says when there is no result yet, and when it was stopped early', () => {
    expect(resultWords(result({ difference: null, test: null })).headline).toMatch(/^No result yet/)
    expect(resultWords(result({ complete: false, finding: false })).meaning).toMatch(
      /stopped early/,
    )
  })

  it('reads random draws and tiny shares plainly', () => {
    const words = resultWords(
      result({
        test: { method: 'random', schedules: 10000, atLeastAsExtreme: 0, pValue: 1 / 10001 },
      }),
    )
    expect(words.chance).toBe(
      'A gap this big came up by chance in less than 1 % of 10,000 schedules drawn at random from the possible ones.',
    )
    expect(percentOf(0.25)).toBe('25 %')
  })
})

describe('the design and adherence in words', () => {
  const design = {
    pairs: 6,
    periodDays: 3,
    washoutDays: 0,
    startsOn: '2026-12-07',
    endsOn: '2027-01-11',
    stoppedOn: null,
  }
  it('says the periods, the wash-out days and when it ran', () => {
    expect(designWords(design)).toBe(
      '6 pairs of 3-day periods in random order; 7 Dec 2026 – 11 Jan 2027.',
    )
    expect(designWords({ ...design, washoutDays: 1 })).toContain(
      '3-day periods (the first day of each a wash-out) in random order;',
    )
    expect(designWords({ ...design, washoutDays: 2, stoppedOn: '2026-12-20' })).toBe(
      '6 pairs of 3-day periods (the first 2 days of each a wash-out) in random ' +
        'order; 7 Dec 2026 – 11 Jan 2027, stopped early on 20 Dec 2026.',
    )
  })
  it('counts the days it ran by what the person said', () => {
    expect(adherenceWords({ did: 9, didnt: 2, unrecorded: 1 })).toBe(
      'Option done on 9 of 12 days, not done on 2, not recorded on 1.',
    )
    expect(adherenceWords({ did: 1, didnt: 0, unrecorded: 0 })).toBe(
      'Option done on 1 of 1 day, not done on 0, not recorded on 0.',
    )
  })
})
