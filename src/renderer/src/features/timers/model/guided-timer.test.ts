import { describe, expect, it } from 'vitest'
import type { TreatmentDraft } from '@shared/domain/treatment'
import { FakeClock } from '../../../../../../testing/fake-clock'
import { GuidedTimer } from './guided-timer'
import {
  breathCycles,
  breathingProtocol,
  heatProtocol,
  iceProtocol,
  stretchProtocol,
  type Protocol,
} from './protocols'

const SECOND = 1000
const MINUTE = 60 * SECOND

function setup(protocol: Protocol, painBefore = 7, options: { failFirstLog?: boolean } = {}) {
  // 25 Nov 2026, 09:00 local time.
  const clock = new FakeClock(new Date(2026, 10, 25, 9, 0))
  const logged: TreatmentDraft[] = []
  const notifications: { title: string; body: string }[] = []
  let failures = options.failFirstLog ? 1 : 0
  const timer = new GuidedTimer(protocol, painBefore, {
    clock,
    log: (entry) => {
      if (failures > 0) {
        failures -= 1
        return Promise.reject(new Error('The diary could not be written.'))
      }
      logged.push(entry)
      return Promise.resolve()
    },
    notify: (message) => notifications.push(message),
  })
  return { clock, timer, logged, notifications }
}

describe('ice', () => {
  it('ends its 20 minutes on with the pain question, as the set-up promises', () => {
    const { clock, timer, notifications } = setup(iceProtocol())
    expect(timer.view()).toMatchObject({ status: 'running', phase: { key: 'ice-on' } })
    clock.advance(20 * MINUTE - 1)
    expect(timer.view()).toMatchObject({ status: 'running', phaseRemainingMs: 1 })
    clock.advance(1)
    expect(timer.view()).toMatchObject({
      status: 'finished',
      completed: true,
      activeMs: 20 * MINUTE,
      endedAtMs: new Date(2026, 10, 25, 9, 20).getTime(),
    })
    expect(timer.view().cue?.text).toBe(
      '20 minutes are up: take the ice off and let the skin warm up. How is your pain now?',
    )
    expect(notifications).toEqual([
      {
        title: 'Ice: done',
        body: '20 minutes are up: take the ice off and let the skin warm up. Rate your pain to log the session.',
      },
    ])
    // Nothing else is timed: no 90 minutes counting down.
    expect(clock.pending).toBe(0)
  })

  it('a sleep through the end stops the time at 20 minutes, when the ice came off', () => {
    const { clock, timer } = setup(iceProtocol())
    clock.jump(3 * 60 * MINUTE)
    timer.tick()
    expect(timer.view()).toMatchObject({
      status: 'finished',
      activeMs: 20 * MINUTE,
      endedAtMs: new Date(2026, 10, 25, 9, 20).getTime(),
    })
  })

  it('stopped early, it logs the minutes of ice on and when it stopped', async () => {
    const { clock, timer, logged } = setup(iceProtocol(), 6)
    clock.advance(12 * MINUTE)
    timer.finish()
    expect(timer.view()).toMatchObject({
      status: 'finished',
      completed: false,
      endedAtMs: new Date(2026, 10, 25, 9, 12).getTime(),
    })
    await timer.save(3)
    expect(logged).toEqual([
      {
        kind: 'ice',
        detail: 'Guided ice, 20 min on',
        startedAt: '2026-11-25T09:00',
        durationMinutes: 12,
        painBefore: 6,
        painAfter: 3,
      },
    ])
    expect(timer.view().status).toBe('logged')
  })
})

describe('heat', () => {
  it('runs the chosen minutes, then asks for the pain after and logs once', async () => {
    const { clock, timer, logged, notifications } = setup(heatProtocol(15), 7)
    clock.advance(15 * MINUTE - 1)
    expect(timer.view().status).toBe('running')
    clock.advance(1)
    expect(timer.view()).toMatchObject({
      status: 'finished',
      completed: true,
      activeMs: 15 * MINUTE,
    })
    expect(timer.view().cue?.text).toBe('15 minutes of heat are up. How is your pain now?')
    expect(notifications).toEqual([
      {
        title: 'Heat: done',
        body: '15 minutes of heat are up. Rate your pain to log the session.',
      },
    ])
    expect(clock.pending).toBe(0)
    // The display keeps showing the end however long the pain question waits.
    clock.advance(10 * MINUTE)
    expect(timer.view().elapsedMs).toBe(15 * MINUTE)
    await timer.save(4)
    await timer.save(2) // a second click does not log a second session
    expect(logged).toEqual([
      {
        kind: 'heat',
        detail: 'Guided heat, 15 min',
        startedAt: '2026-11-25T09:00',
        durationMinutes: 15,
        painBefore: 7,
        painAfter: 4,
      },
    ])
  })

  it('defaults to 20 minutes and refuses times outside 15–20', () => {
    const { clock, timer } = setup(heatProtocol())
    clock.advance(19 * MINUTE)
    expect(timer.view().status).toBe('running')
    clock.advance(MINUTE)
    expect(timer.view().status).toBe('finished')
    expect(() => heatProtocol(14)).toThrow(RangeError)
    expect(() => heatProtocol(21)).toThrow(RangeError)
    expect(() => heatProtocol(17.5)).toThrow(RangeError)
  })

  it('catches up when the callback comes late, and stops the clock at the exact end', () => {
    const { clock, timer } = setup(heatProtocol(20))
    // A sleeping machine: time passes without the scheduled callback running.
    clock.jump(45 * MINUTE)
    timer.tick()
    expect(timer.view()).toMatchObject({ status: 'finished', elapsedMs: 20 * MINUTE })
  })
})

describe('stretch routine', () => {
  it('holds each stretch left then right for the chosen seconds', () => {
    const { clock, timer, notifications } = setup(stretchProtocol(15))
    const keys: string[] = [timer.view().phase.key]
    for (let i = 0; i < 5; i++) {
      clock.advance(15 * SECOND)
      keys.push(timer.view().phase.key)
    }
    expect(keys).toEqual([
      'chair-twist-left',
      'chair-twist-right',
      'seated-twist-left',
      'seated-twist-right',
      'lying-twist-left',
      'lying-twist-right',
    ])
    expect(notifications.map((n) => n.title)).toEqual([
      'Stretch routine: Chair twist, right side',
      'Stretch routine: Seated twist, left side',
      'Stretch routine: Seated twist, right side',
      'Stretch routine: Lying twist, left side',
      'Stretch routine: Lying twist, right side',
    ])
    clock.advance(15 * SECOND)
    expect(timer.view()).toMatchObject({ status: 'finished', activeMs: 90 * SECOND })
  })

  it('refuses holds outside 15–30 seconds', () => {
    expect(() => stretchProtocol(14)).toThrow(RangeError)
    expect(() => stretchProtocol(31)).toThrow(RangeError)
    expect(stretchProtocol().detail).toBe('Chair twist, seated twist, lying twist; 20 s per side')
  })
})

describe('slow breathing', () => {
  it('paces inhale 5 s, pause 1 s, exhale 3 s without a notification per breath', () => {
    const { clock, timer, notifications } = setup(breathingProtocol(1))
    const seen: [string, number][] = []
    for (let t = 0; t < 18; t++) {
      seen.push([timer.view().phase.key, timer.view().phaseRemainingMs])
      clock.advance(SECOND)
    }
    const keys = seen.map(([key]) => key)
    expect(keys.join(' ')).toBe(
      [
        ...Array<string>(5).fill('inhale'),
        'pause',
        ...Array<string>(3).fill('exhale'),
        ...Array<string>(5).fill('inhale'),
        'pause',
        ...Array<string>(3).fill('exhale'),
      ].join(' '),
    )
    expect(seen[0]).toEqual(['inhale', 5 * SECOND])
    expect(seen[6]).toEqual(['exhale', 3 * SECOND])
    expect(notifications).toEqual([])
  })

  it('runs whole breaths for the chosen minutes, then notifies once', async () => {
    expect(breathCycles(1)).toBe(7) // 63 s
    expect(breathCycles(5)).toBe(33) // 297 s
    const { clock, timer, notifications, logged } = setup(breathingProtocol(1), 5)
    clock.advance(63 * SECOND - 1)
    expect(timer.view()).toMatchObject({ status: 'running', phase: { key: 'exhale' } })
    clock.advance(1)
    expect(timer.view().status).toBe('finished')
    expect(notifications).toEqual([
      {
        title: 'Slow breathing: done',
        body: '1 minute of slow breathing done. Rate your pain to log the session.',
      },
    ])
    await timer.save(3)
    expect(logged).toMatchObject([{ kind: 'breathing', durationMinutes: 1, painAfter: 3 }])
  })
})

describe('pause, resume and cancel', () => {
  it('pauses time, and resumes where it left off', () => {
    const { clock, timer } = setup(iceProtocol())
    clock.advance(5 * MINUTE)
    timer.pause()
    expect(timer.view()).toMatchObject({ status: 'paused', phaseRemainingMs: 15 * MINUTE })
    expect(clock.pending).toBe(0)
    clock.advance(60 * MINUTE)
    expect(timer.view()).toMatchObject({ status: 'paused', phaseRemainingMs: 15 * MINUTE })
    timer.resume()
    clock.advance(15 * MINUTE - 1)
    expect(timer.view()).toMatchObject({ status: 'running', phaseRemainingMs: 1 })
    clock.advance(1)
    expect(timer.view()).toMatchObject({ status: 'finished', elapsedMs: 20 * MINUTE })
    // The ice came off 80 minutes after the start: the pause does not move it earlier.
    expect(timer.view().endedAtMs).toBe(new Date(2026, 10, 25, 10, 20).getTime())
  })

  it('pause and resume only act in the right state', () => {
    const { timer } = setup(heatProtocol())
    timer.resume()
    expect(timer.view().status).toBe('running')
    timer.pause()
    timer.pause()
    expect(timer.view().status).toBe('paused')
  })

  it('cancel logs nothing, running or at the pain question', async () => {
    const running = setup(heatProtocol(15))
    running.clock.advance(5 * MINUTE)
    running.timer.cancel()
    expect(running.timer.view().status).toBe('cancelled')
    expect(running.clock.pending).toBe(0)
    running.clock.advance(60 * MINUTE)
    await running.timer.save(3)
    expect(running.logged).toEqual([])
    expect(running.notifications).toEqual([])

    const asking = setup(heatProtocol(15))
    asking.clock.advance(15 * MINUTE)
    asking.timer.cancel()
    await asking.timer.save(3)
    expect(asking.logged).toEqual([])
    expect(asking.timer.view().cue?.text).toBe('Heat cancelled. Nothing was logged.')
  })

  it('a paused timer can be stopped early and logs the time actually spent', async () => {
    const { clock, timer, logged } = setup(heatProtocol(20), 8)
    clock.advance(12 * MINUTE + 20 * SECOND)
    timer.pause()
    clock.advance(30 * MINUTE)
    timer.finish()
    await timer.save(6)
    expect(logged).toMatchObject([{ durationMinutes: 12, painBefore: 8, painAfter: 6 }])
  })

  it('keeps the session when a save fails, so it can be retried', async () => {
    const { clock, timer, logged } = setup(heatProtocol(15), 7, { failFirstLog: true })
    clock.advance(15 * MINUTE)
    await timer.save(4)
    expect(timer.view()).toMatchObject({
      status: 'finished',
      error: 'The diary could not be written.',
    })
    expect(logged).toEqual([])
    await timer.save(4)
    expect(timer.view()).toMatchObject({ status: 'logged', error: null })
    expect(logged).toHaveLength(1)
  })

  it('refuses pain outside 0–10 before and after', async () => {
    expect(() => setup(heatProtocol(), 11)).toThrow(RangeError)
    expect(() => setup(heatProtocol(), -1)).toThrow(RangeError)
    const { clock, timer, logged } = setup(heatProtocol(15))
    clock.advance(15 * MINUTE)
    await expect(timer.save(11)).rejects.toThrow(RangeError)
    expect(timer.view().status).toBe('finished')
    expect(logged).toEqual([])
  })

  it('tells listeners about every change of state', () => {
    const { clock, timer } = setup(stretchProtocol(20))
    let calls = 0
    const stop = timer.subscribe(() => (calls += 1))
    clock.advance(20 * SECOND) // phase change
    timer.pause()
    timer.resume()
    stop()
    timer.cancel()
    expect(calls).toBe(3)
  })
})
