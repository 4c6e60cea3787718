import { describe, expect, it } from 'vitest'
import { progressSentence } from './episode-progress'
import { anEpisode } from './episode.fixture'

const base = anEpisode({ startedOn: '2026-11-19', createdAt: '', updatedAt: '', days: 7 })
const trend = { days: 2, windowDays: 1, firstMean: 8, lastMean: 3, lastDate: '2026-11-25' }

describe('the episode view’s sentence about its pain', () => {
  it.each([
    [{ status: 'not_judged' }, 'Whether the pain is easing is judged from day 7.'],
    [
      { status: 'not_enough_checkins', daysWithPain: 1 },
      'Not enough check-ins to tell whether it is easing: pain was recorded on 1 day of ' +
        'this episode, and at least 2 are needed.',
    ],
    [
      { status: 'eased', ...trend },
      'Easing: mean pain 3.0/10 over the last 1 day with check-ins, down from 8.0/10 over ' +
        'the first 1 day.',
    ],
    [
      { status: 'no_meaningful_change', ...trend, firstMean: 3, lastMean: 2.8, windowDays: 3 },
      'No meaningful change: mean pain 2.8/10 over the last 3 days with check-ins, against ' +
        '3.0/10 over the first 3 days.',
    ],
    [
      { status: 'not_easing', ...trend, firstMean: 4, lastMean: 16 / 3, windowDays: 3 },
      'Not easing: mean pain 5.3/10 over the last 3 days with check-ins, against 4.0/10 over ' +
        'the first 3 days.',
    ],
  ] as const)('%j', (progress, sentence) => {
    expect(progressSentence({ ...base, progress })).toBe(sentence)
  })

  it('says nothing once the episode has ended', () => {
    expect(progressSentence({ ...base, endedOn: '2026-11-25' })).toBeNull()
  })
})
