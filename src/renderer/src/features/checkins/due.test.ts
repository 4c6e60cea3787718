import { describe, expect, it } from 'vitest'
import { dueSlot, minutesNow } from './due'

const none = { morning: false, evening: false }
const at = (h: number, m = 0) => h * 60 + m

describe('dueSlot', () => {
  it('is the morning before the cut-over, the evening from it on', () => {
    expect(dueSlot(at(0), none)).toBe('morning')
    expect(dueSlot(at(13, 59), none)).toBe('morning')
    expect(dueSlot(at(14), none)).toBe('evening')
    expect(dueSlot(at(23, 59), none)).toBe('evening')
  })

  it('moves on to the evening once the morning is recorded', () => {
    expect(dueSlot(at(8), { morning: true, evening: false })).toBe('evening')
  })

  it('is nothing once the due ones are recorded', () => {
    expect(dueSlot(at(8), { morning: true, evening: true })).toBeNull()
    // A missed morning is not put first in the evening.
    expect(dueSlot(at(20), { morning: false, evening: true })).toBeNull()
  })

  it('reads the local wall clock', () => {
    expect(minutesNow(new Date(2026, 2, 29, 7, 45))).toBe(at(7, 45))
  })
})
