import { describe, expect, it } from 'vitest'
import { linePath } from './SeriesLines'

describe('linePath', () => {
  it('joins the points of a run with straight lines', () => {
    expect(
      linePath(
        [
          [
            [0, 10],
            [5.125, 20],
            [10, 15],
          ],
        ],
        false,
      ),
    ).toBe('M0,10L5.125,20L10,15')
  })

  it('steps for categories: the value holds until the next point', () => {
    expect(
      linePath(
        [
          [
            [0, 10],
            [5, 20],
          ],
        ],
        true,
      ),
    ).toBe('M0,10H5V20')
  })

  it('breaks the line at a gap, and keeps a lone point as a zero-length segment', () => {
    expect(
      linePath(
        [
          [
            [0, 10],
            [5, 20],
          ],
          [[15, 30]],
        ],
        false,
      ),
    ).toBe('M0,10L5,20M15,30Z')
  })
})
