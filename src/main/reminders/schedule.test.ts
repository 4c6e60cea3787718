import { describe, expect, it } from 'vitest'
import { REMINDER_DEFAULTS } from '../../shared/domain/reminders'
import { decide, INITIAL_STATE, openWindow, settingsChanged } from './schedule'
import { wallTime } from './wall-clock'

describe('wallTime', () => {
  it('reads the date and minutes of a named zone, midnight as 0', () => {
    expect(wallTime(Date.parse('2026-06-10T23:00:00Z'), 'Europe/London')).toEqual({
      date: '2026-06-11',
      minutes: 0,
    })
    expect(wallTime(Date.parse('2026-06-10T23:59:59Z'), 'UTC')).toEqual({
      date: '2026-06-10',
      minutes: 23 * 60 + 59,
    })
    // Zones a half or three quarters of an hour off UTC.
    expect(wallTime(Date.parse('2026-06-10T02:30:00Z'), 'Asia/Kolkata').minutes).toBe(8 * 60)
    expect(wallTime(Date.parse('2026-06-10T02:15:00Z'), 'Asia/Kathmandu').minutes).toBe(8 * 60)
  })
})

describe('openWindow', () => {
  it('keeps the morning open until the evening reminder, the evening until midnight', () => {
    expect(openWindow(REMINDER_DEFAULTS, 'morning')).toEqual([8 * 60, 21 * 60])
    expect(openWindow(REMINDER_DEFAULTS, 'evening')).toEqual([21 * 60, 24 * 60])
  })
})

describe('decide', () => {
  const on = {
    morning: { enabled: true, time: '08:00' },
    evening: { enabled: true, time: '21:00' },
  }

  it('checks again at the next minute, in zones off by half an hour too', () => {
    const now = Date.parse('2026-06-10T02:29:10Z') // 07:59:10 in Kolkata
    const first = decide({
      now,
      timeZone: 'Asia/Kolkata',
      reminders: on,
      state: INITIAL_STATE,
      isRecorded: () => false,
    })
    expect(first.fire).toEqual([])
    expect(first.nextCheckAt).toBe(Date.parse('2026-06-10T02:30:00Z'))
    const second = decide({
      now: first.nextCheckAt,
      timeZone: 'Asia/Kolkata',
      reminders: on,
      state: first.state,
      isRecorded: () => false,
    })
    expect(second.fire).toEqual([{ slot: 'morning', date: '2026-06-10' }])
  })

  it('does not ask the journal before a reminder is due', () => {
    const asked: string[] = []
    decide({
      now: Date.parse('2026-06-10T06:00:00Z'),
      timeZone: 'UTC',
      reminders: on,
      state: INITIAL_STATE,
      isRecorded: (date, slot) => {
        asked.push(`${date} ${slot}`)
        return false
      },
    })
    expect(asked).toEqual([])
  })
})

describe('settingsChanged', () => {
  const now = Date.parse('2026-06-10T10:00:00Z')
  const off = REMINDER_DEFAULTS
  const on = {
    morning: { enabled: true, time: '08:00' },
    evening: { enabled: true, time: '21:00' },
  }

  it('counts a reminder turned on after its time as done for today', () => {
    expect(settingsChanged(INITIAL_STATE, off, on, now, 'UTC').handled).toEqual({
      morning: '2026-06-10',
    })
  })

  it('counts a reminder moved to an earlier time as done for today', () => {
    const moved = { ...on, evening: { enabled: true, time: '09:30' } }
    expect(settingsChanged(INITIAL_STATE, on, moved, now, 'UTC').handled).toEqual({
      evening: '2026-06-10',
    })
  })

  it('leaves alone what did not change, and a reminder moved later', () => {
    const later = { ...on, morning: { enabled: true, time: '11:00' } }
    expect(settingsChanged(INITIAL_STATE, on, on, now, 'UTC').handled).toEqual({})
    expect(settingsChanged(INITIAL_STATE, on, later, now, 'UTC').handled).toEqual({})
  })
})
