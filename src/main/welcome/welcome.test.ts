import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-11-25T12:00:00Z') })
})
afterEach(() => diary.close())

const firstRun = () => diary.call('app:firstRun')

describe('app:firstRun', () => {
  it('shows the welcome on an empty journal until it is finished or skipped', async () => {
    expect(await firstRun()).toEqual({
      ok: true,
      value: { showWelcome: true, diaryStartedOn: null },
    })
    await diary.call('settings:save', { welcomeDone: true })
    expect(await firstRun()).toEqual({
      ok: true,
      value: { showWelcome: false, diaryStartedOn: null },
    })
  })

  it.each([
    [
      'a check-in',
      'checkins:save',
      { date: '2026-11-24', slot: 'morning', pain: 2, stiffness: 2, spasmFrequency: 0 },
    ],
    ['an episode', 'episodes:start', { startedOn: '2026-11-24', region: 'lower', side: 'left' }],
    ['a treatment', 'treatments:save', { kind: 'heat', startedAt: '2026-11-24T08:00' }],
  ])('does not show it once the journal holds %s', async (_label, channel, input) => {
    const saved = await diary.call(channel, input)
    expect(saved.ok).toBe(true)
    expect(await firstRun()).toEqual({
      ok: true,
      value: { showWelcome: false, diaryStartedOn: '2026-11-24' },
    })
  })

  it('dates the diary from its earliest entry of any kind', async () => {
    await diary.call('treatments:save', { kind: 'heat', startedAt: '2026-11-20T08:00' })
    await diary.call('peg:save', { date: '2026-11-22', pain: 2, enjoyment: 2, activity: 2 })
    await diary.call('checkins:save', {
      date: '2026-11-21',
      slot: 'morning',
      pain: 2,
      stiffness: 2,
      spasmFrequency: 0,
    })
    expect(await firstRun()).toMatchObject({ ok: true, value: { diaryStartedOn: '2026-11-20' } })
  })

  it('refuses input', async () => {
    expect(await diary.call('app:firstRun', { force: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
  })
})
