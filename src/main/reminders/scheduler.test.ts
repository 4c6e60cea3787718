import { describe, expect, it, vi } from 'vitest'
import { FakeWallClock } from '../../../testing/fake-wall-clock'
import type { ReminderSlot, Reminders } from '../../shared/domain/reminders'
import { createScheduler } from './scheduler'

const HOUR = 3_600_000
const MINUTE = 60_000

const bothOn = (morning = '08:00', evening = '21:00'): Reminders => ({
  morning: { enabled: true, time: morning },
  evening: { enabled: true, time: evening },
})

/** A scheduler on a fake clock; `shown` lists each reminder with the UTC instant it came. */
function setup(start: string, timeZone: string, reminders: Reminders = bothOn()) {
  const clock = new FakeWallClock(start, timeZone)
  const recorded = new Set<string>()
  const shown: string[] = []
  let settings: Reminders | undefined = reminders
  const log = vi.fn()
  const scheduler = createScheduler({
    clock,
    reminders: () => settings,
    isRecorded: (date, slot) => recorded.has(`${date} ${slot}`),
    show: (slot, date) => shown.push(`${slot} ${date} @ ${new Date(clock.now()).toISOString()}`),
    log,
  })
  scheduler.check()
  return {
    clock,
    scheduler,
    shown,
    log,
    record: (date: string, slot: ReminderSlot) => recorded.add(`${date} ${slot}`),
    setReminders: (next: Reminders | undefined) => {
      settings = next
    },
  }
}

describe('reminders on a fake clock', () => {
  it('comes at the reminder time, once per slot per day, morning and evening', () => {
    // London in June is UTC+1.
    const { clock, shown } = setup('2026-06-10T05:00:00Z', 'Europe/London')
    clock.advanceTo('2026-06-11T06:59:00Z')
    expect(shown).toEqual([
      'morning 2026-06-10 @ 2026-06-10T07:00:00.000Z',
      'evening 2026-06-10 @ 2026-06-10T20:00:00.000Z',
    ])
    clock.advanceTo('2026-06-11T07:00:00Z')
    expect(shown.at(-1)).toBe('morning 2026-06-11 @ 2026-06-11T07:00:00.000Z')
    expect(clock.pendingTimers).toBe(1)
  })

  it('shows nothing for a check-in already recorded that day', () => {
    const { clock, shown, record } = setup('2026-06-10T05:00:00Z', 'Europe/London')
    record('2026-06-10', 'morning')
    record('2026-06-10', 'evening')
    clock.advanceTo('2026-06-10T23:00:00Z')
    expect(shown).toEqual([])
    // The next day is open again.
    clock.advanceTo('2026-06-11T07:00:00Z')
    expect(shown).toEqual(['morning 2026-06-11 @ 2026-06-11T07:00:00.000Z'])
  })

  it('shows nothing when the reminders are off or cannot be read', () => {
    const off: Reminders = {
      morning: { enabled: false, time: '08:00' },
      evening: { enabled: true, time: '21:00' },
    }
    const { clock, shown, setReminders } = setup('2026-06-10T05:00:00Z', 'Europe/London', off)
    clock.advanceTo('2026-06-10T12:00:00Z')
    setReminders(undefined)
    clock.advanceTo('2026-06-10T23:00:00Z')
    expect(shown).toEqual([])
  })

  it('after a sleep over the reminder time, shows it once at wake', () => {
    const { clock, shown, scheduler } = setup('2026-06-10T06:30:00Z', 'Europe/London')
    clock.sleep(3 * HOUR) // 07:30 → 10:30 local, the 08:00 reminder slept through
    expect(shown).toEqual([])
    scheduler.check() // powerMonitor 'resume'
    expect(shown).toEqual(['morning 2026-06-10 @ 2026-06-10T09:30:00.000Z'])
    scheduler.check() // a second wake event, an unlock: still once
    clock.advance(6 * HOUR)
    expect(shown).toHaveLength(1)
  })

  it('after a sleep, comes within a minute even when no wake event arrives', () => {
    const { clock, shown } = setup('2026-06-10T06:30:00Z', 'Europe/London')
    clock.sleep(3 * HOUR)
    clock.advance(MINUTE)
    // The minute's timer was due 60 s after 07:30; it did not count the sleep.
    expect(shown).toEqual(['morning 2026-06-10 @ 2026-06-10T09:31:00.000Z'])
  })

  it('does not show a reminder whose slot closed during the sleep', () => {
    // Asleep from 07:00 until 22:00: the morning closed at the evening's time.
    const { clock, shown, scheduler } = setup('2026-06-10T06:00:00Z', 'Europe/London')
    clock.sleep(15 * HOUR)
    scheduler.check()
    expect(shown).toEqual(['evening 2026-06-10 @ 2026-06-10T21:00:00.000Z'])
  })

  it("does not show yesterday's evening after sleeping past midnight", () => {
    // Asleep from 20:00 until 09:00 the next day.
    const { clock, shown, scheduler } = setup('2026-06-10T19:00:00Z', 'Europe/London')
    clock.sleep(13 * HOUR)
    scheduler.check()
    expect(shown).toEqual([
      'morning 2026-06-10 @ 2026-06-10T19:00:00.000Z', // still open when Unknot started
      'morning 2026-06-11 @ 2026-06-11T08:00:00.000Z',
    ])
  })

  it('spring forward: the 08:00 reminder stays at 08:00 local; a 02:30 one comes at 03:00', () => {
    // New York, 8 March 2026: 02:00 EST jumps to 03:00 EDT (07:00Z).
    const eight = setup('2026-03-07T12:00:00Z', 'America/New_York')
    eight.clock.advanceTo('2026-03-08T23:00:00Z')
    expect(eight.shown.filter((s) => s.startsWith('morning'))).toEqual([
      'morning 2026-03-07 @ 2026-03-07T13:00:00.000Z', // 08:00 EST
      'morning 2026-03-08 @ 2026-03-08T12:00:00.000Z', // 08:00 EDT
    ])

    const missing = setup('2026-03-08T05:00:00Z', 'America/New_York', bothOn('02:30'))
    missing.clock.advanceTo('2026-03-08T12:00:00Z')
    expect(missing.shown).toEqual(['morning 2026-03-08 @ 2026-03-08T07:00:00.000Z'])
  })

  it('fall back: a reminder in the repeated hour comes once', () => {
    // New York, 1 November 2026: 02:00 EDT goes back to 01:00 EST (06:00Z); 01:30 happens twice.
    const { clock, shown } = setup('2026-11-01T04:00:00Z', 'America/New_York', bothOn('01:30'))
    clock.advanceTo('2026-11-01T12:00:00Z')
    expect(shown).toEqual(['morning 2026-11-01 @ 2026-11-01T05:30:00.000Z'])

    const eight = setup('2026-10-31T11:00:00Z', 'America/New_York')
    eight.clock.advanceTo('2026-11-01T20:00:00Z')
    expect(eight.shown.filter((s) => s.startsWith('morning'))).toEqual([
      'morning 2026-10-31 @ 2026-10-31T12:00:00.000Z', // 08:00 EDT
      'morning 2026-11-01 @ 2026-11-01T13:00:00.000Z', // 08:00 EST
    ])
  })

  it('follows a time-zone change: reminders come at the new local times', () => {
    // 06:30 in London; the laptop lands in New York (01:30 there).
    const { clock, shown } = setup('2026-06-10T05:30:00Z', 'Europe/London')
    clock.setTimeZone('America/New_York')
    clock.advanceTo('2026-06-10T11:59:00Z') // 08:00 London passes: not a reminder in New York
    expect(shown).toEqual([])
    clock.advanceTo('2026-06-11T03:00:00Z')
    expect(shown).toEqual([
      'morning 2026-06-10 @ 2026-06-10T12:00:00.000Z', // 08:00 EDT
      'evening 2026-06-10 @ 2026-06-11T01:00:00.000Z', // 21:00 EDT
    ])
  })

  it('does not repeat a reminder when travel west makes the same local date come again', () => {
    // 21:00 in Tokyo on 10 June (12:00Z), then New York, where it is 08:00 of 10 June.
    const { clock, shown } = setup('2026-06-10T12:00:00Z', 'Asia/Tokyo')
    expect(shown).toEqual(['evening 2026-06-10 @ 2026-06-10T12:00:00.000Z'])
    clock.setTimeZone('America/New_York')
    clock.advanceTo('2026-06-11T02:00:00Z')
    // The morning of 10 June is open in New York (Tokyo's had closed before Unknot started);
    // the evening of 10 June was already given.
    expect(shown).toEqual([
      'evening 2026-06-10 @ 2026-06-10T12:00:00.000Z',
      'morning 2026-06-10 @ 2026-06-10T12:01:00.000Z',
    ])
  })

  it('follows a clock set forward, and does not repeat after it is set back', () => {
    const { clock, shown } = setup('2026-06-10T05:00:00Z', 'Europe/London')
    clock.setTime('2026-06-10T07:10:30Z') // someone corrects the clock to 08:10:30
    clock.advance(MINUTE) // the minute's timer counted elapsed time, not the jump
    expect(shown).toEqual(['morning 2026-06-10 @ 2026-06-10T07:11:30.000Z'])
    clock.setTime('2026-06-10T06:00:00Z')
    clock.advance(2 * HOUR)
    expect(shown).toHaveLength(1)
  })

  it('snooze: the reminder comes again 30 minutes later, unless recorded by then', () => {
    const { clock, shown, scheduler, record } = setup('2026-06-10T06:59:00Z', 'Europe/London')
    clock.advance(MINUTE)
    expect(shown).toEqual(['morning 2026-06-10 @ 2026-06-10T07:00:00.000Z'])
    clock.advance(15_000)
    expect(scheduler.snooze('morning')).toEqual({
      date: '2026-06-10',
      at: Date.parse('2026-06-10T07:30:15Z'),
    })
    clock.advanceTo('2026-06-10T07:30:14Z')
    expect(shown).toHaveLength(1)
    clock.advance(1000)
    expect(shown.at(-1)).toBe('morning 2026-06-10 @ 2026-06-10T07:30:15.000Z')

    scheduler.snooze('morning')
    record('2026-06-10', 'morning')
    clock.advance(HOUR)
    expect(shown).toHaveLength(2)
  })

  it('snooze: a snoozed reminder slept through comes once at wake', () => {
    const { clock, shown, scheduler } = setup('2026-06-10T07:00:00Z', 'Europe/London')
    scheduler.snooze('morning')
    clock.sleep(2 * HOUR)
    scheduler.check()
    clock.advance(HOUR)
    expect(shown).toEqual([
      'morning 2026-06-10 @ 2026-06-10T07:00:00.000Z',
      'morning 2026-06-10 @ 2026-06-10T09:00:00.000Z',
    ])
  })

  it('snooze: a reminder put off just before midnight ends with its day', () => {
    const { clock, shown, scheduler } = setup('2026-06-10T22:45:00Z', 'Europe/London')
    expect(shown).toEqual(['evening 2026-06-10 @ 2026-06-10T22:45:00.000Z'])
    scheduler.snooze('evening') // at 23:45 local; 00:15 is another day
    clock.advance(2 * HOUR)
    expect(shown).toHaveLength(1)
  })

  it('a reminder turned on after its time today starts tomorrow', () => {
    const off: Reminders = {
      morning: { enabled: false, time: '08:00' },
      evening: { enabled: false, time: '21:00' },
    }
    const { clock, shown, scheduler, setReminders } = setup(
      '2026-06-10T09:00:00Z',
      'Europe/London',
      off,
    )
    const on = bothOn()
    setReminders(on)
    scheduler.remindersChanged(off, on)
    clock.advanceTo('2026-06-11T07:00:00Z')
    expect(shown).toEqual([
      'evening 2026-06-10 @ 2026-06-10T20:00:00.000Z',
      'morning 2026-06-11 @ 2026-06-11T07:00:00.000Z',
    ])
  })

  it('a reminder missed while Unknot was not running comes when it starts', () => {
    const { shown } = setup('2026-06-10T09:00:00Z', 'Europe/London')
    expect(shown).toEqual(['morning 2026-06-10 @ 2026-06-10T09:00:00.000Z'])
  })

  it('keeps going when showing one reminder fails', () => {
    const clock = new FakeWallClock('2026-06-10T06:59:00Z', 'Europe/London')
    const log = vi.fn()
    const show = vi.fn(() => {
      throw new Error('no notification daemon')
    })
    const scheduler = createScheduler({
      clock,
      reminders: () => bothOn(),
      isRecorded: () => false,
      show,
      log,
    })
    scheduler.check()
    clock.advanceTo('2026-06-10T21:00:00Z')
    expect(show).toHaveBeenCalledTimes(2)
    expect(log).toHaveBeenCalledTimes(2)
    scheduler.stop()
    expect(clock.pendingTimers).toBe(0)
  })
})

describe('reminders across a restart', () => {
  it('does not remind again the same day after a restart, and does the next day', () => {
    const clock = new FakeWallClock('2026-06-10T06:30:00Z', 'Europe/London')
    const shown: string[] = []
    let saved: Record<string, string | undefined> = {}
    const start = () =>
      createScheduler({
        clock,
        reminders: () => bothOn(),
        isRecorded: () => false,
        show: (slot, date) => shown.push(`${slot} ${date}`),
        handled: saved,
        onHandled: (handled) => {
          saved = { ...handled }
        },
      })
    const first = start()
    first.check()
    clock.advanceTo('2026-06-10T07:05:00Z') // 08:05 local: the morning reminder came
    expect(shown).toEqual(['morning 2026-06-10'])
    expect(saved).toEqual({ morning: '2026-06-10' })
    first.stop()

    const second = start() // Unknot quit and started again at 08:05, check-in still open
    second.check()
    clock.advanceTo('2026-06-10T12:00:00Z')
    expect(shown).toEqual(['morning 2026-06-10'])
    clock.advanceTo('2026-06-11T07:00:00Z')
    expect(shown).toEqual(['morning 2026-06-10', 'evening 2026-06-10', 'morning 2026-06-11'])
    second.stop()
  })

  it('keeps reminding when what was dealt with cannot be saved (a read-only journal)', () => {
    const clock = new FakeWallClock('2026-06-10T06:30:00Z', 'Europe/London')
    const shown: string[] = []
    const log = vi.fn()
    const scheduler = createScheduler({
      clock,
      reminders: () => bothOn(),
      isRecorded: () => false,
      show: (slot, date) => shown.push(`${slot} ${date}`),
      onHandled: () => {
        throw new Error('read-only')
      },
      log,
    })
    scheduler.check()
    clock.advanceTo('2026-06-10T20:05:00Z')
    expect(shown).toEqual(['morning 2026-06-10', 'evening 2026-06-10'])
    expect(log).toHaveBeenCalledWith(
      'Could not note which reminders were dealt with',
      expect.any(Error),
    )
    scheduler.stop()
  })
})
