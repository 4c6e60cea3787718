import { describe, expect, it } from 'vitest'
import { formatClock } from './format-clock'
import { TIMER_CHOICES, TIMER_KINDS } from './timer-choices'

describe('the guided routines', () => {
  it('offers each kind once, each building its own protocol', () => {
    expect(TIMER_KINDS).toEqual(['ice', 'heat', 'stretch', 'breathing'])
    for (const kind of TIMER_KINDS) {
      const choice = TIMER_CHOICES[kind]
      expect(choice.protocol(choice.length?.initial ?? 0).kind).toBe(kind)
    }
  })

  it('offers lengths within each protocol’s limits, the default among them', () => {
    expect(TIMER_CHOICES.ice.length).toBeUndefined()
    expect(TIMER_CHOICES.heat.length?.options).toEqual([15, 16, 17, 18, 19, 20])
    expect(TIMER_CHOICES.stretch.length?.options).toEqual([15, 20, 25, 30])
    expect(TIMER_CHOICES.breathing.length?.options).toEqual([1, 2, 3, 5, 10, 15, 20, 30])
    for (const kind of TIMER_KINDS) {
      const length = TIMER_CHOICES[kind].length
      if (!length) continue
      expect(length.options).toContain(length.initial)
      // Every option is one the protocol accepts.
      for (const n of length.options) expect(() => TIMER_CHOICES[kind].protocol(n)).not.toThrow()
    }
  })

  it('says each length in words', () => {
    expect(TIMER_CHOICES.heat.length?.say(20)).toBe('20 minutes')
    expect(TIMER_CHOICES.breathing.length?.say(1)).toBe('1 minute')
    expect(TIMER_CHOICES.stretch.length?.say(15)).toBe('15 seconds')
  })
})

describe('the countdown', () => {
  it('shows minutes and seconds, rounding up so it never reads 0:00 early', () => {
    expect(formatClock(20 * 60_000)).toBe('20:00')
    expect(formatClock(61_000)).toBe('1:01')
    expect(formatClock(59_001)).toBe('1:00')
    expect(formatClock(1)).toBe('0:01')
    expect(formatClock(0)).toBe('0:00')
  })
})
