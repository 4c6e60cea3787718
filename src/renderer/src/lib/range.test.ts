import { describe, expect, it } from 'vitest'
import { presetChoice } from '@renderer/components/RangePicker'
import { allTime, lastDays, listRange } from './range'

// Local time, like the window: 25 Nov 2026, late in the evening.
const NOW = new Date(2026, 10, 25, 23, 30)

describe('date ranges', () => {
  it('counts the last n days inclusively, ending today', () => {
    expect(lastDays(1, NOW)).toEqual({ from: '2026-11-25', to: '2026-11-25' })
    expect(lastDays(14, NOW)).toEqual({ from: '2026-11-12', to: '2026-11-25' })
    expect(lastDays(30, NOW)).toEqual({ from: '2026-10-27', to: '2026-11-25' })
  })

  it('crosses month, year and leap-day boundaries by the calendar', () => {
    expect(lastDays(7, new Date(2026, 0, 3))).toEqual({ from: '2025-12-28', to: '2026-01-03' })
    expect(lastDays(2, new Date(2028, 2, 1))).toEqual({ from: '2028-02-29', to: '2028-03-01' })
  })

  it('follows local days across a daylight-saving change, not 24-hour steps', () => {
    // Whatever the machine's zone, 30 days back from 1 Nov is 3 Oct on the calendar.
    expect(lastDays(30, new Date(2026, 10, 1, 0, 30)).from).toBe('2026-10-03')
  })

  it('reaches back to 1900 for everything', () => {
    expect(allTime(NOW)).toEqual({ from: '1900-01-01', to: '2026-11-25' })
  })

  it('turns each list choice into its range', () => {
    expect(listRange('30', NOW)).toEqual(lastDays(30, NOW))
    expect(listRange('90', NOW).from).toBe('2026-08-28')
    expect(listRange('365', NOW).from).toBe('2025-11-26')
    expect(listRange('all', NOW)).toEqual(allTime(NOW))
  })

  it('chooses a preset as of a moment, and the first preset for an unknown id', () => {
    expect(presetChoice('3M', NOW)).toEqual({
      preset: '3M',
      range: { from: '2026-08-27', to: '2026-11-25' },
    })
    expect(presetChoice('All', NOW).range).toEqual(allTime(NOW))
    expect(presetChoice('nope', NOW)).toEqual({ preset: '2W', range: lastDays(14, NOW) })
  })
})
