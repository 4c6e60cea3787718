import { describe, expect, it } from 'vitest'
import { DAILY_MAX_DAYS } from '@shared/domain/trends'
import { maxTrendPoints, TREND_PLOT_INSET, trendPlotWidth } from './trend-width'

describe('trendPlotWidth and maxTrendPoints', () => {
  // The page widths measured in the browser at 1280, 720, 640 and 320 px, and the plots there.
  it.each([
    [1016, 846, 800, DAILY_MAX_DAYS],
    [688, 518, 500, DAILY_MAX_DAYS],
    [608, 438, 400, DAILY_MAX_DAYS],
    [300, 130, 100, 100],
  ])('a page %i px wide (plot %i px): %i px in steps, %i points', (page, plot, stepped, points) => {
    expect(page - TREND_PLOT_INSET).toBe(plot)
    expect(trendPlotWidth(page)).toBe(stepped)
    expect(maxTrendPoints(trendPlotWidth(page))).toBe(points)
  })

  it('every wide window asks the same question: a year of days', () => {
    const asked = new Set(
      [700, 900, 1016, 1500, 2400].map((w) => maxTrendPoints(trendPlotWidth(w))),
    )
    expect([...asked]).toEqual([DAILY_MAX_DAYS])
  })

  it('a year is weekly at 320 px and still fits there', () => {
    expect(maxTrendPoints(trendPlotWidth(300))).toBeLessThan(365)
    expect(maxTrendPoints(trendPlotWidth(300))).toBeGreaterThanOrEqual(Math.ceil(365 / 7))
  })

  it('never asks for fewer than one step of points', () => {
    expect(trendPlotWidth(0)).toBe(50)
    expect(trendPlotWidth(180)).toBe(50)
  })
})
