import { describe, expect, it } from 'vitest'
import { seriesSentence } from './chart-summary'

const days = { one: 'day', other: 'days', at: 'on' } as const
const whole = (n: number) => String(n)

describe('a series in one sentence', () => {
  it('says the count, the first and last values and the first time the highest was reached', () => {
    const points = [
      { when: 'Mon 1', value: 6 },
      { when: 'Tue 2', value: null },
      { when: 'Wed 3', value: 8 },
      { when: 'Thu 4', value: 8 },
      { when: 'Fri 5', value: 4 },
    ]
    expect(seriesSentence('Morning pain', points, { format: whole, unit: days })).toBe(
      'Morning pain: 4 days, from 6 (Mon 1) to 4 (Fri 5); highest 8 on Wed 3.',
    )
  })

  it('says when there is one value or none', () => {
    expect(
      seriesSentence('Evening pain', [{ when: 'Mon 1', value: 3 }], { format: whole, unit: days }),
    ).toBe('Evening pain: 3 on Mon 1, the only day recorded.')
    expect(
      seriesSentence('Evening pain', [{ when: 'Mon 1', value: null }], {
        format: whole,
        unit: days,
      }),
    ).toBe('Evening pain: nothing recorded in this range.')
  })

  it('formats the values it is given, zero included', () => {
    const points = [
      { when: 'a', value: 0 },
      { when: 'b', value: 2.25 },
    ]
    expect(
      seriesSentence('Mean', points, {
        format: (n) => n.toFixed(1),
        unit: { one: 'week', other: 'weeks', at: 'in' },
      }),
    ).toBe('Mean: 2 weeks, from 0.0 (a) to 2.3 (b); highest 2.3 in b.')
  })
})
