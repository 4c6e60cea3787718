import { describe, expect, it } from 'vitest'
import { maxTrendPoints, TREND_PLOT_INSET } from './trend-width'

describe('maxTrendPoints', () => {
  // The page widths measured in the browser, and the plots' widths there less a step at most.
  it.each([
    [1016, 800],
    [688, 500],
    [608, 400],
    [300, 100],
  ])('a page %i px wide charts at most %i points', (page, points) => {
    expect(maxTrendPoints(page)).toBe(points)
    expect(points).toBeLessThanOrEqual(page - TREND_PLOT_INSET)
  })

  it('a year stays daily down to the 200% zoomed window, and is weekly at 320 px', () => {
    expect(maxTrendPoints(608)).toBeGreaterThanOrEqual(366)
    expect(maxTrendPoints(300)).toBeLessThan(366)
    expect(maxTrendPoints(300)).toBeGreaterThanOrEqual(53)
  })

  it('never asks for fewer than one step of points', () => {
    expect(maxTrendPoints(0)).toBe(50)
    expect(maxTrendPoints(180)).toBe(50)
  })
})
