import { describe, expect, it } from 'vitest'
import type { Episode } from '@shared/domain/episode'
import { progressSentence } from './episode-progress'

const base: Episode = {
  id: 1,
  startedOn: '2026-11-19',
  endedOn: null,
  region: 'lower',
  side: 'left',
  trigger: 'unknown',
  triggerNote: '',
  notes: '',
  noteForDoctor: false,
  createdAt: '',
  updatedAt: '',
  days: 7,
  flags: [],
  progress: { status: 'not_judged' },
  checkinCount: 0,
}
const trend = { days: 2, windowDays: 1, firstMean: 8, lastMean: 3, lastDate: '2026-11-25' }

describe('the episode view’s sentence about its pain', () => {
  it.each([
    [{ status: 'not_judged' }, 'Whether the pain is going down is judged from day 7.'],
    [
      { status: 'not_enough_checkins', daysWithPain: 1 },
      'Not enough check-ins to tell whether it is improving: pain was recorded on 1 day of ' +
        'this episode, and at least 2 are needed.',
    ],
    [
      { status: 'improving', ...trend },
      'Easing: mean pain 3.0/10 over the last 1 day with check-ins, against 8.0/10 over ' +
        'the first 1 day, a meaningful drop.',
    ],
    [
      // The walkthrough's case: 3.0 to 2.8 is not a meaningful change.
      { status: 'improving', ...trend, firstMean: 3, lastMean: 2.8 },
      'About the same: mean pain 2.8/10 over the last 1 day with check-ins, against 3.0/10 ' +
        'over the first 1 day; a meaningful change is 2 points or 30%.',
    ],
    [
      { status: 'not_improving', ...trend, firstMean: 4, lastMean: 16 / 3, windowDays: 3 },
      'Not improving: mean pain 5.3/10 over the last 3 days with check-ins, against 4.0/10 over ' +
        'the first 3 days.',
    ],
  ] as const)('%j', (progress, sentence) => {
    expect(progressSentence({ ...base, progress })).toBe(sentence)
  })

  it('says nothing once the episode has ended', () => {
    expect(progressSentence({ ...base, endedOn: '2026-11-25' })).toBeNull()
  })
})
