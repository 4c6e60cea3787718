import { describe, expect, it } from 'vitest'
import { endsOn } from './design-dates'
import { drawPairOrders, planSchedule, seededUniform } from './schedule'

const design = { startsOn: '2026-12-07', pairs: 6, periodDays: 3, washoutDays: 1, seed: 20261207 }

describe('the schedule of an experiment', () => {
  it('is drawn once from the seed: the same seed gives the same calendar', () => {
    expect(planSchedule(design)).toEqual(planSchedule({ ...design }))
    expect(seededUniform(5)()).toBe(seededUniform(5)())
  })

  it('lays out every pair as two periods, one of each option, wash-out first', () => {
    const days = planSchedule(design)
    expect(days).toHaveLength(36)
    expect(days[0]?.date).toBe('2026-12-07')
    expect(days.at(-1)?.date).toBe(endsOn(design))
    expect(endsOn(design)).toBe('2027-01-11')
    for (let pair = 1; pair <= 6; pair += 1) {
      const ofPair = days.filter((d) => d.pair === pair)
      expect(ofPair.filter((d) => d.option === 'A')).toHaveLength(3)
      expect(ofPair.filter((d) => d.option === 'B')).toHaveLength(3)
      expect(ofPair.map((d) => d.washout)).toEqual([true, false, false, true, false, false])
    }
  })

  it('puts either option first within a pair about half the time across seeds', () => {
    let aFirst = 0
    for (let seed = 1; seed <= 500; seed += 1)
      aFirst += drawPairOrders(8, seed).filter(Boolean).length
    // 4,000 fair coin flips: 2,000 ± 3 standard deviations (95).
    expect(aFirst).toBeGreaterThan(1905)
    expect(aFirst).toBeLessThan(2095)
  })

  it('crosses months and years by calendar days', () => {
    const days = planSchedule({ ...design, startsOn: '2026-12-30', pairs: 6, periodDays: 1 })
    expect(days.map((d) => d.date).slice(0, 4)).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ])
  })
})
