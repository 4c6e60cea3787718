import { describe, expect, it } from 'vitest'
import {
  isMeaningfulPainChange,
  isMeaningfulPainDrop,
  isMeaningfulPegChange,
} from './meaningful-change'

describe('isMeaningfulPainDrop (≥ 2 points or ≥ 30 %)', () => {
  it.each([
    [8, 6, true], // 2 points
    [8, 6.1, false], // 1.9 points, 24 %
    [3, 2, true], // 1 point but 33 %
    [3, 2.2, false], // 27 %
    [10, 7, true],
    [0, 0, false],
    [2, 3, false], // a rise is no drop
    [8, 7.3, false],
  ])('%f → %f: %s', (from, to, expected) => {
    expect(isMeaningfulPainDrop(from, to)).toBe(expected)
  })

  it('counts a rise of the same size as a meaningful change', () => {
    expect(isMeaningfulPainChange(3, 5)).toBe(true)
    expect(isMeaningfulPainChange(3.0, 3.7)).toBe(false)
  })
})

describe('isMeaningfulPegChange (≥ 30 %)', () => {
  it.each([
    [6, 4.2, true],
    [6, 4.3, false],
    [4, 5.2, true],
    [5, 5, false],
  ])('%f → %f: %s', (from, to, expected) => {
    expect(isMeaningfulPegChange(from, to)).toBe(expected)
  })
})
