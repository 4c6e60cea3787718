import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import type { Trends } from '@shared/domain/trends'
import { chartParts } from './chart-parts'

/** A year of days with a value each, ending on 30 Nov 2026. */
function yearOfDays(): Trends {
  const days = Array.from({ length: 365 }, (_, i) => {
    const date = new Date(Date.UTC(2025, 11, 1 + i)).toISOString().slice(0, 10)
    return {
      date,
      morningStiffness: 5,
      eveningStiffness: 3,
      morningPain: 4,
      eveningPain: 3,
      painRolling7: 3.5,
      spasmFrequency: 1,
    }
  })
  const none = { morningMean: null, eveningMean: null, difference: null, worse: null }
  return {
    from: '2025-12-01',
    to: '2026-11-30',
    diaryStart: null,
    resolution: 'day',
    bucketDays: 1,
    empty: false,
    days,
    episodes: [],
    treatments: [],
    summary: { morningCheckins: 365, eveningCheckins: 365, pain: none, stiffness: none },
  }
}

const lookup = {
  days: new Map(),
  treatments: new Map(),
  episodes: [],
  kinds: [],
  markers: new Map(),
}
const ticks = (plotWidth?: number) =>
  (chartParts(yearOfDays(), lookup, plotWidth).xAxis as ReactElement<{ ticks: string[] }>).props
    .ticks

describe('the x axis names as many dates as the plot has room for', () => {
  it.each([
    [undefined, 8],
    [800, 8],
    [300, 5],
    [100, 2],
    [50, 2],
  ])('a plot %s px wide: %i dates, the last day always among them', (width, count) => {
    const shown = ticks(width)
    expect(shown.length).toBeLessThanOrEqual(count)
    expect(shown.length).toBeGreaterThanOrEqual(count - 1)
    expect(shown.at(-1)).toBe('2026-11-30')
  })
})
