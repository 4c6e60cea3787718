import { describe, expect, it } from 'vitest'
import type { RecoveryEpisode } from '@shared/domain/insights'
import { CHART_DAYS, curveText, recoveryChartData } from './recovery-rows'

const episode = (id: number, days: number, curve: [number, number][]): RecoveryEpisode => ({
  id,
  startedOn: `2026-0${id}-01`,
  endedOn: `2026-0${id}-${String(days).padStart(2, '0')}`,
  region: 'lower',
  side: 'left',
  days,
  curve: curve.map(([day, pain]) => ({ day, pain })),
  daysToRecovery: days,
  recoveredBy: 'end',
})

describe('recovery chart rows', () => {
  const episodes = [
    episode(1, 5, [[1, 7]]),
    episode(2, 4, [
      [1, 6],
      [2, 5],
    ]),
    episode(3, 3, [
      [1, 8],
      [3, 2],
    ]),
    episode(4, 6, [
      [2, 4],
      [6, 1],
    ]),
  ]

  it('puts the three newest episodes in columns, newest first, with gaps as nulls', () => {
    const data = recoveryChartData(episodes)
    expect(data.recent.map((r) => r.key)).toEqual(['e4', 'e3', 'e2'])
    expect(data.earlier.map((e) => e.id)).toEqual([1])
    expect(data.days).toBe(6)
    expect(data.rows[0]).toEqual({ day: 1, e4: null, e3: 8, e2: 6 })
    expect(data.rows[1]).toEqual({ day: 2, e4: 4, e3: null, e2: 5 })
    expect(data.rows[5]).toEqual({ day: 6, e4: 1, e3: null, e2: null })
    expect(data.longer).toBe(false)
  })

  it('stops the axis at four weeks and says so', () => {
    const data = recoveryChartData([episode(1, 40, [[35, 3]])])
    expect(data.days).toBe(CHART_DAYS)
    expect(data.rows).toHaveLength(CHART_DAYS)
    expect(data.longer).toBe(true)
  })

  it('writes a curve as text with a dash for each day without check-ins', () => {
    expect(
      curveText(
        episode(1, 6, [
          [1, 7.25],
          [4, 2],
        ]),
      ),
    ).toBe('7.3, –, –, 2')
    expect(curveText(episode(1, 3, []))).toBe('No check-ins')
  })
})
