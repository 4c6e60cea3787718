import { describe, expect, it } from 'vitest'
import { FakeClock } from '../../../../../../testing/fake-clock'
import { NextRound } from './next-round'

const MINUTE = 60_000
const at = (hours: number, minutes: number) => new Date(2026, 10, 25, hours, minutes).getTime()

function setup(iceEnded = at(9, 20)) {
  // The ice came off at 09:20; it is 09:20 now.
  const clock = new FakeClock(iceEnded)
  const notifications: { title: string; body: string }[] = []
  const round = new NextRound(iceEnded, { clock, notify: (m) => notifications.push(m) })
  return { clock, round, notifications }
}

describe('the next round of ice', () => {
  it('is offered 90 minutes after the ice came off', () => {
    const { round } = setup()
    expect(round.view()).toEqual({ atMs: at(10, 50), status: 'offered' })
  })

  it('not chosen, no notification comes, and the offer passes at its time', () => {
    const { clock, round, notifications } = setup()
    clock.advance(90 * MINUTE - 1)
    expect(round.view().status).toBe('offered')
    clock.advance(1)
    expect(round.view().status).toBe('passed')
    expect(notifications).toEqual([])
  })

  it('chosen, one notification comes at 10:50, not before', () => {
    const { clock, round, notifications } = setup()
    let changes = 0
    round.subscribe(() => (changes += 1))
    round.remind()
    expect(round.view().status).toBe('reminding')
    clock.advance(90 * MINUTE - 1)
    expect(notifications).toEqual([])
    clock.advance(1)
    expect(round.view().status).toBe('due')
    expect(notifications).toEqual([
      {
        title: 'Ice: the next round',
        body: 'Time for the next 20 minutes of ice, if you want it. Open Unknot to start the timer.',
      },
    ])
    clock.advance(24 * 60 * MINUTE)
    expect(notifications).toHaveLength(1)
    expect(changes).toBe(2)
  })

  it('"Don\'t remind me" takes the reminder back: nothing comes', () => {
    const { clock, round, notifications } = setup()
    round.remind()
    clock.advance(30 * MINUTE)
    round.forget()
    expect(round.view().status).toBe('offered')
    clock.advance(60 * MINUTE)
    expect(notifications).toEqual([])
    expect(round.view().status).toBe('passed')
    // Its moment has passed: it can no longer be chosen.
    round.remind()
    expect(round.view().status).toBe('passed')
  })

  it('a sleep past the time sends the chosen reminder once, at wake', () => {
    const { clock, round, notifications } = setup()
    round.remind()
    clock.jump(5 * 60 * MINUTE)
    expect(notifications).toEqual([])
    clock.advance(0)
    expect(notifications).toHaveLength(1)
    expect(round.view().status).toBe('due')
  })

  it('disposed (a new round started, or closed), it sends nothing', () => {
    const { clock, round, notifications } = setup()
    round.remind()
    round.dispose()
    clock.advance(2 * 60 * MINUTE)
    expect(notifications).toEqual([])
    expect(clock.pending).toBe(0)
  })
})
