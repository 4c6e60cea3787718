import { describe, expect, it } from 'vitest'
import type { Trends } from '@shared/domain/trends'
import { trendSummary } from './trend-summary'

type Comparison = Trends['summary']['pain']

function trends(stiffness: Comparison, pain: Comparison): Trends {
  return {
    from: '2026-09-01',
    to: '2026-11-25',
    diaryStart: null,
    resolution: 'day',
    bucketDays: 1,
    empty: false,
    days: [],
    episodes: [],
    treatments: [],
    summary: { morningCheckins: 10, eveningCheckins: 9, pain, stiffness },
  }
}

const none: Comparison = { morningMean: null, eveningMean: null, difference: null, worse: null }

describe('the trend summary sentence', () => {
  it('says which part of the day is worse, by how much, with both means', () => {
    const [stiff, pain] = trendSummary(
      trends(
        { morningMean: 6.25, eveningMean: 3.1, difference: 3.2, worse: 'morning' },
        { morningMean: 3, eveningMean: 4.5, difference: -1.5, worse: 'evening' },
      ),
    )
    expect(stiff).toBe(
      'Mornings were stiffer than evenings by 3.2 points on average (morning 6.3, evening 3.1 out of 10) — a difference of 2 points or more is usually a real one.',
    )
    expect(pain).toBe(
      'Pain was higher in the evenings than in the mornings by 1.5 points on average (morning 3.0, evening 4.5 out of 10).',
    )
  })

  it('adds the meaningful-change note from exactly 2 points, and says "point" for one', () => {
    const [stiff, pain] = trendSummary(
      trends(
        { morningMean: 3, eveningMean: 5, difference: -2, worse: 'evening' },
        { morningMean: 5, eveningMean: 4, difference: 1, worse: 'morning' },
      ),
    )
    expect(stiff).toContain('Evenings were stiffer than mornings by 2.0 points')
    expect(stiff).toContain('usually a real one')
    expect(pain).toBe(
      'Pain was higher in the mornings than in the evenings by 1.0 point on average (morning 5.0, evening 4.0 out of 10).',
    )
  })

  it('says "about the same" when main found no difference', () => {
    const same: Comparison = { morningMean: 4, eveningMean: 4.02, difference: 0, worse: 'same' }
    expect(trendSummary(trends(same, same))).toEqual([
      'Mornings and evenings were about equally stiff (morning 4.0, evening 4.0 out of 10).',
      'Pain was about the same in the mornings and evenings (morning 4.0, evening 4.0 out of 10).',
    ])
  })

  it('says there is not enough to compare when a side has no entries', () => {
    const oneSided: Comparison = {
      morningMean: 5,
      eveningMean: null,
      difference: null,
      worse: null,
    }
    expect(trendSummary(trends(none, oneSided))).toEqual([
      'There are not enough morning and evening check-ins to compare stiffness.',
      'There are not enough morning and evening check-ins to compare pain.',
    ])
  })
})
