import { describe, expect, it } from 'vitest'
import { dayStatus, dueSlot, minutesNow, savedValues } from './due'

const none = { morning: false, evening: false }
const at = (h: number, m = 0) => h * 60 + m

describe('dueSlot', () => {
  it('is the morning before the cut-over, the evening from it on', () => {
    expect(dueSlot(at(0), none)).toBe('morning')
    expect(dueSlot(at(13, 59), none)).toBe('morning')
    expect(dueSlot(at(14), none)).toBe('evening')
    expect(dueSlot(at(23, 59), none)).toBe('evening')
  })

  it('does not make the evening due before its time once the morning is recorded', () => {
    expect(dueSlot(at(8), { morning: true, evening: false })).toBeNull()
    expect(dueSlot(at(14), { morning: true, evening: false })).toBe('evening')
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

describe('dayStatus', () => {
  it('says both are done only when both are recorded', () => {
    expect(dayStatus(at(21), { morning: true, evening: true })).toBe(
      'Both check-ins are done for today.',
    )
  })

  it('keeps the morning open after an evening save', () => {
    const said = dayStatus(at(21), { morning: false, evening: true })
    expect(said).toMatch(/morning check-in is still open/)
    expect(said).not.toMatch(/both/i)
  })

  it('names the evening as later before the cut-over, due from it on', () => {
    expect(dayStatus(at(7, 30), { morning: true, evening: false })).toBe(
      'Next: the evening check-in, later today from 14:00.',
    )
    expect(dayStatus(at(14), { morning: true, evening: false })).toBe(
      'Next: the evening check-in, due now.',
    )
  })

  it('with neither recorded, names the one due', () => {
    expect(dayStatus(at(7, 30), none)).toBe('The morning check-in is due.')
    expect(dayStatus(at(19), none)).toMatch(/^The evening check-in is due; the morning/)
  })
})

describe('savedValues', () => {
  it('says the scales saved, and the spasms in words', () => {
    expect(savedValues({ pain: 3, stiffness: 2, spasmFrequency: 0, spasmSeverity: null })).toBe(
      'pain 3/10, stiffness 2/10, no spasms',
    )
    expect(savedValues({ pain: 8, stiffness: 6, spasmFrequency: 3, spasmSeverity: 3 })).toBe(
      'pain 8/10, stiffness 6/10, severe spasms',
    )
  })
})
