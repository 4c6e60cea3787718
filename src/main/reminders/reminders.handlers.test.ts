import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused } from '../../../testing/expect-refused'
import { REMINDER_DEFAULTS, type Reminders } from '../../shared/domain/reminders'

let diary: TempDiary
const NOW = new Date(2026, 5, 10, 9, 15)
beforeEach(() => {
  diary = openTempDiary({ now: () => NOW })
})
afterEach(() => diary.close())

const bothOn: Reminders = {
  morning: { enabled: true, time: '07:30' },
  evening: { enabled: true, time: '21:00' },
}

describe('reminders:get', () => {
  it('answers the defaults: off, 08:00 and 21:00, no tray, not started at log-in', async () => {
    expect(await diary.call('reminders:get')).toEqual({
      ok: true,
      value: {
        reminders: REMINDER_DEFAULTS,
        snoozeMinutes: 30,
        keepInTray: false,
        keepInTrayChoice: null,
        openAtLogin: false,
        loginItemSupported: true,
        trayAvailable: true,
      },
    })
  })

  it('says there is no tray, and no keeping in it, on a desktop without tray icons', async () => {
    await diary.call('reminders:save', { reminders: bothOn })
    diary.services.desktop.trayHost = false
    expect(await diary.call('reminders:get')).toMatchObject({
      value: { keepInTray: false, trayAvailable: false },
    })
  })

  it('asks the system whether Unknot starts at log-in', async () => {
    diary.services.desktop.loginItem.enabled = true
    expect(await diary.call('reminders:get')).toMatchObject({ value: { openAtLogin: true } })
  })
})

describe('reminders:save', () => {
  it('saves the reminders, re-arms them, and keeps Unknot in the tray while they are on', async () => {
    expect(await diary.call('reminders:save', { reminders: bothOn })).toMatchObject({
      ok: true,
      value: { reminders: bothOn, keepInTray: true },
    })
    expect(diary.services.desktop.saves).toEqual([{ before: REMINDER_DEFAULTS, after: bothOn }])
    expect(
      diary.db.prepare(`SELECT value FROM settings WHERE key = 'reminders'`).pluck().get(),
    ).toBe(JSON.stringify(bothOn))
  })

  it('keeps the tray choice once the person made it', async () => {
    await diary.call('reminders:save', { keepInTray: false })
    expect(await diary.call('reminders:save', { reminders: bothOn })).toMatchObject({
      value: { keepInTray: false, keepInTrayChoice: false },
    })
    expect(await diary.call('reminders:save', { keepInTray: true })).toMatchObject({
      value: { keepInTray: true, reminders: bothOn },
    })
  })

  it('turns the log-in item on and off', async () => {
    expect(await diary.call('reminders:save', { openAtLogin: true })).toMatchObject({
      value: { openAtLogin: true },
    })
    expect(diary.services.desktop.loginItem.enabled).toBe(true)
    await diary.call('reminders:save', { openAtLogin: false })
    expect(diary.services.desktop.loginItem.enabled).toBe(false)
  })

  it.each([
    [
      'an evening reminder before the morning one',
      { reminders: { ...bothOn, evening: { enabled: true, time: '07:00' } } },
      'reminders.evening.time',
    ],
    [
      'both at the same time',
      { reminders: { ...bothOn, evening: { enabled: true, time: '07:30' } } },
      'reminders.evening.time',
    ],
    [
      'a time without its leading zero',
      { reminders: { ...bothOn, morning: { enabled: true, time: '7:30' } } },
      'reminders.morning.time',
    ],
    [
      '24:00',
      { reminders: { ...bothOn, evening: { enabled: true, time: '24:00' } } },
      'reminders.evening.time',
    ],
    [
      'a reminder without its time',
      { reminders: { ...bothOn, morning: { enabled: true } } },
      'reminders.morning.time',
    ],
    ['one reminder alone', { reminders: { morning: bothOn.morning } }, 'reminders.evening'],
    [
      '"on" as text',
      { reminders: { ...bothOn, morning: { enabled: 'yes', time: '08:00' } } },
      'reminders.morning.enabled',
    ],
    ['an unknown key', { reminders: bothOn, sound: 'bell' }, undefined],
    ['a log-in choice as text', { reminders: bothOn, openAtLogin: 'true' }, 'openAtLogin'],
    ['nothing at all', undefined, undefined],
  ])('refuses %s and changes nothing', async (_label, input, path) => {
    await expectRefused(diary, 'reminders:save', input, { path })
    expect(diary.services.desktop.saves).toEqual([])
    expect(diary.services.desktop.loginItem.enabled).toBe(false)
  })

  it('says so when the log-in item cannot be changed, and saves nothing else', async () => {
    diary.services.desktop.loginItem.failNext = true
    const message = await expectRefused(
      diary,
      'reminders:save',
      { reminders: bothOn, openAtLogin: true },
      { code: 'unavailable', path: 'openAtLogin' },
    )
    expect(message).toMatch(/could not add itself .*permission denied.*Nothing was changed/)
    expect(diary.services.desktop.saves).toEqual([])
  })

  it('refuses the log-in item where the system has none', async () => {
    const item = diary.services.desktop.loginItem as { supported: boolean }
    item.supported = false
    await expectRefused(
      diary,
      'reminders:save',
      { reminders: bothOn, openAtLogin: true },
      {
        code: 'unavailable',
        path: 'openAtLogin',
      },
    )
    expect(await diary.call('reminders:get')).toMatchObject({
      value: { openAtLogin: false, loginItemSupported: false },
    })
  })
})

describe('reminders:snooze', () => {
  it('puts a reminder off for 30 minutes', async () => {
    await diary.call('reminders:save', { reminders: bothOn })
    expect(await diary.call('reminders:snooze', { slot: 'morning' })).toEqual({
      ok: true,
      value: {
        slot: 'morning',
        date: '2026-06-10',
        at: new Date(NOW.getTime() + 30 * 60_000).toISOString(),
      },
    })
    expect(diary.services.desktop.snoozes).toEqual(['morning'])
  })

  it('refuses a reminder that is off, or a slot without one', async () => {
    await expectRefused(diary, 'reminders:snooze', { slot: 'evening' }, { code: 'conflict' })
    await expectRefused(diary, 'reminders:snooze', { slot: 'other' })
    await expectRefused(diary, 'reminders:snooze', {})
    expect(diary.services.desktop.snoozes).toEqual([])
  })
})

describe('app:pendingNavigation', () => {
  it('answers the screen a reminder asked for, once', async () => {
    diary.services.desktop.pendingNavigation = { route: 'today', focus: 'evening' }
    expect(await diary.call('app:pendingNavigation')).toEqual({
      ok: true,
      value: { route: 'today', focus: 'evening' },
    })
    expect(await diary.call('app:pendingNavigation')).toEqual({ ok: true, value: null })
  })
})
