import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createFakeElectron,
  fakeInvokeEvent,
  type FakeElectron,
} from '../../../testing/fake-electron'
import { makeTempDir } from '../../../testing/temp-diary'
import { openDatabase } from '../db/database'
import { saveCheckin } from '../checkins/checkins.repo'
import { saveSettings } from '../settings/settings.repo'
import { checkinDraftSchema } from '../../shared/domain/checkin'
import { createExperiment } from '../experiments/experiments.repo'
import { experimentDraftSchema, type ExperimentDetail } from '../../shared/domain/experiment'
import type { Settings } from '../../shared/domain/settings'
import { SNOOZE_ACTION, TRAY_NOTICE } from './messages'
import { STARTED_AT_LOGIN_FLAG } from './login-item'

/**
 * The reminders, the tray and the log-in item as main wires them, on the fake `electron`
 * module: index.ts is imported for real, with its journal in a temp folder.
 */

let fake: FakeElectron
let dir: string
const argv = process.argv
const APP_PAGE = fakeInvokeEvent('app://unknot/index.html')
const bothOn = {
  morning: { enabled: true, time: '08:00' },
  evening: { enabled: true, time: '21:00' },
}

/** Local wall-clock time on 10 June 2026 (the test's own time zone, like the app's). */
const at = (hours: number, minutes = 0) => new Date(2026, 5, 10, hours, minutes)

/** Writes settings (and a morning check-in) into the journal before Unknot starts. */
function seed(settings: Partial<Settings>, options: { morningRecorded?: boolean } = {}) {
  const db = openDatabase(join(dir, 'journal.sqlite'))
  saveSettings(db, settings)
  if (options.morningRecorded) {
    const entry = checkinDraftSchema.parse({
      date: '2026-06-10',
      slot: 'morning',
      pain: 3,
      stiffness: 2,
      spasmFrequency: 0,
    })
    saveCheckin(db, entry, at(7, 30))
  }
  db.close()
}

async function boot(
  options: {
    args?: string[]
    notifications?: 'work' | 'fails' | 'unsupported'
    /** Whether the desktop shows tray icons (a StatusNotifier host on Linux). */
    trayHost?: boolean
  } = {},
) {
  process.argv = [...argv, `--data-dir=${dir}`, ...(options.args ?? [])]
  fake = createFakeElectron({
    notifications: options.notifications ?? 'work',
    userData: join(dir, 'user-data'),
  })
  vi.resetModules()
  vi.doMock('electron', () => fake.module)
  const trayHost = options.trayHost ?? true
  vi.doMock('./tray-host', () => ({ hasTrayHost: () => Promise.resolve(trayHost) }))
  await import('../index')
  await vi.waitFor(() => {
    expect(fake.handlers.size).toBeGreaterThan(0)
  })
}

function call(channel: string, input?: unknown): Promise<unknown> {
  const handler = fake.handlers.get(channel)
  if (!handler) throw new Error(`${channel} not registered`)
  return Promise.resolve(handler(APP_PAGE, input))
}

const tray = () => {
  const [only, ...more] = fake.trays.filter((t) => !t.destroyed)
  if (!only || more.length > 0) throw new Error('expected exactly one tray icon')
  return only
}

beforeEach(() => {
  dir = makeTempDir()
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at(7))
})
afterEach(() => {
  fake.module.app.emit('will-quit')
  vi.useRealTimers()
  process.argv = argv
  rmSync(dir, { recursive: true, force: true })
})

describe('the tray', () => {
  it('is not there while reminders are off; closing the window quits', async () => {
    await boot()
    expect(fake.trays).toEqual([])
    fake.windows[0]?.close()
    expect(fake.calls.quit).toBe(1)
  })

  it('appears with its menu when reminders are turned on', async () => {
    await boot()
    const saved = await call('reminders:save', { reminders: bothOn })
    expect(saved).toMatchObject({ ok: true, value: { keepInTray: true } })
    expect(tray().tooltip).toBe('Unknot')
    expect(tray().menu.map((i) => i.label ?? i.type)).toEqual([
      'Morning check-in',
      'Evening check-in',
      'Spasm now',
      'separator',
      'Open Unknot',
      'separator',
      'Quit Unknot',
    ])
  })

  it('keeps Unknot running when the window closes, and says so once', async () => {
    seed({ reminders: bothOn })
    await boot()
    fake.windows[0]?.close()
    expect(fake.calls.quit).toBe(0)
    expect(fake.notifications.map((n) => n.options)).toEqual([expect.objectContaining(TRAY_NOTICE)])
    // Open Unknot shows the window again; closing it again says nothing more.
    tray().item('Open Unknot').click?.()
    expect(fake.windows).toHaveLength(1)
    expect(fake.windows[0]?.visible).toBe(true)
    fake.windows[0]?.close()
    expect(fake.calls.quit).toBe(0)
    expect(fake.notifications).toHaveLength(1)
    expect(await call('settings:get')).toMatchObject({ value: { trayNoticeShown: true } })
  })

  it('hides the window on close, so its page (and a running timer) lives on', async () => {
    seed({ reminders: bothOn })
    await boot()
    const [window] = fake.windows
    window?.close()
    expect(window?.destroyed).toBe(false)
    expect(window?.visible).toBe(false)
    // A second launch brings the same page back.
    fake.module.app.emit('second-instance')
    expect(fake.windows).toEqual([window])
    expect(window?.visible).toBe(true)
  })

  it('lets a real quit close the window', async () => {
    seed({ reminders: bothOn })
    await boot()
    const [window] = fake.windows
    tray().item('Quit Unknot').click?.()
    expect(fake.calls.quit).toBe(1)
    // Electron then closes the windows, which now really close.
    window?.close()
    expect(window?.destroyed).toBe(true)
  })

  it('is not offered, and closing quits, on a desktop without tray icons', async () => {
    seed({ reminders: bothOn })
    await boot({ trayHost: false })
    await vi.waitFor(() => expect(fake.trays.every((t) => t.destroyed)).toBe(true))
    expect(await call('reminders:get')).toMatchObject({
      value: { keepInTray: false, trayAvailable: false },
    })
    fake.windows[0]?.close()
    expect(fake.windows[0]?.destroyed ?? true).toBe(true)
    expect(fake.calls.quit).toBeGreaterThan(0)
  })

  it('is gone, and closing quits, when the person turns "keep in the tray" off', async () => {
    seed({ reminders: bothOn })
    await boot()
    expect(await call('reminders:save', { keepInTray: false })).toMatchObject({
      ok: true,
      value: { keepInTray: false, reminders: bothOn },
    })
    expect(fake.trays.every((t) => t.destroyed)).toBe(true)
    fake.windows[0]?.close()
    expect(fake.calls.quit).toBe(1)
  })

  it('opens Today on the chosen check-in in the window that is open', async () => {
    seed({ reminders: bothOn })
    await boot()
    const window = fake.windows[0]
    tray().item('Evening check-in').click?.()
    tray().item('Spasm now').click?.()
    expect(window?.webContents.sent).toEqual([
      { channel: 'app:navigate', payload: { route: 'today', focus: 'evening' } },
      { channel: 'app:navigate', payload: { route: 'today', focus: 'spasm-now' } },
    ])
    expect(window?.visible && window.focused).toBe(true)
    expect(await call('app:pendingNavigation')).toEqual({ ok: true, value: null })
  })

  it('opens a new window on the check-in when the window was gone', async () => {
    seed({ reminders: bothOn })
    await boot()
    fake.windows[0]?.destroy()
    tray().item('Morning check-in').click?.()
    expect(fake.windows).toHaveLength(1)
    expect(fake.windows[0]?.webContents.sent).toEqual([])
    // The new window asks once when it starts.
    expect(await call('app:pendingNavigation')).toEqual({
      ok: true,
      value: { route: 'today', focus: 'morning' },
    })
    expect(await call('app:pendingNavigation')).toEqual({ ok: true, value: null })
  })

  it('quits from its menu', async () => {
    seed({ reminders: bothOn })
    await boot()
    tray().item('Quit Unknot').click?.()
    expect(fake.calls.quit).toBe(1)
  })
})

describe('reminder notifications', () => {
  it('come for an open check-in and open Today on it when clicked', async () => {
    vi.setSystemTime(at(9))
    seed({ reminders: bothOn })
    await boot()
    const [reminder, ...others] = fake.notifications
    expect(others).toEqual([])
    expect(reminder?.options).toMatchObject({
      title: 'Morning check-in',
      actions: [{ type: 'button', text: SNOOZE_ACTION }],
    })
    expect(reminder?.shown).toBe(true)
    fake.windows[0]?.destroy()
    reminder?.emit('click')
    expect(fake.windows).toHaveLength(1)
    expect(await call('app:pendingNavigation')).toMatchObject({
      value: { route: 'today', focus: 'morning' },
    })
  })

  it('do not come when the check-in is already recorded', async () => {
    vi.setSystemTime(at(9))
    seed({ reminders: bothOn }, { morningRecorded: true })
    await boot()
    expect(fake.notifications).toEqual([])
  })

  it('come once at wake after a sleep over the reminder time', async () => {
    seed({ reminders: bothOn })
    await boot()
    expect(fake.notifications).toEqual([])
    vi.setSystemTime(at(10, 30))
    fake.module.powerMonitor.emit('resume')
    fake.module.powerMonitor.emit('unlock-screen')
    expect(fake.notifications.map((n) => n.options['title'])).toEqual(['Morning check-in'])
  })

  it('come again 30 minutes after "Remind me in 30 minutes"', async () => {
    vi.setSystemTime(at(9))
    seed({ reminders: bothOn })
    await boot()
    fake.notifications[0]?.emit('action', { actionIndex: 0 })
    vi.setSystemTime(at(9, 29))
    fake.module.powerMonitor.emit('resume')
    expect(fake.notifications).toHaveLength(1)
    vi.setSystemTime(at(9, 31))
    fake.module.powerMonitor.emit('resume')
    expect(fake.notifications.map((n) => n.options['title'])).toEqual([
      'Morning check-in',
      'Morning check-in',
    ])
  })

  it('put off after midnight, yesterday’s reminder does not come back as today’s', async () => {
    vi.setSystemTime(at(23, 50))
    seed({ reminders: bothOn })
    await boot()
    expect(fake.notifications.map((n) => n.options['title'])).toEqual(['Evening check-in'])
    // 00:05 the next day: "Remind me in 30 minutes" on last night's evening reminder.
    vi.setSystemTime(new Date(2026, 5, 11, 0, 5))
    fake.notifications[0]?.emit('action', { actionIndex: 0 })
    vi.setSystemTime(new Date(2026, 5, 11, 0, 40))
    fake.module.powerMonitor.emit('resume')
    expect(fake.notifications).toHaveLength(1)
  })

  it('are said in the window when the system fails to show one', async () => {
    vi.setSystemTime(at(9))
    seed({ reminders: bothOn })
    await boot()
    fake.notifications[0]?.emit('failed', {}, 'toast could not be shown')
    expect(fake.windows[0]?.webContents.sent).toMatchObject([
      { channel: 'app:notice', payload: { title: 'Morning check-in' } },
    ])
  })

  it('open the window and wait in it when the system fails with no window open', async () => {
    seed({ reminders: bothOn })
    await boot({ notifications: 'fails' })
    fake.windows[0]?.destroy()
    vi.setSystemTime(at(9))
    fake.module.powerMonitor.emit('resume')
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
    const [window] = fake.windows
    // The page is still loading: the notice waits until it asks what it was opened for.
    window?.webContents.emit('did-finish-load')
    expect(window?.webContents.sent).toEqual([])
    await call('app:pendingNavigation')
    expect(window?.webContents.sent).toMatchObject([
      { channel: 'app:notice', payload: { title: 'Morning check-in' } },
    ])
    await call('app:pendingNavigation')
    expect(window?.webContents.sent).toHaveLength(1)
  })

  it('show the hidden window when the system fails to show one', async () => {
    seed({ reminders: bothOn })
    await boot({ notifications: 'fails' })
    const [window] = fake.windows
    window?.webContents.emit('did-finish-load')
    window?.close()
    // The tray notice, which failed too, is said in the window without reopening it.
    await vi.waitFor(() => expect(window?.webContents.sent).toHaveLength(1))
    expect(window?.visible).toBe(false)
    vi.setSystemTime(at(9))
    fake.module.powerMonitor.emit('resume')
    await vi.waitFor(() => expect(window?.webContents.sent).toHaveLength(2))
    expect(window?.webContents.sent[1]).toMatchObject({
      channel: 'app:notice',
      payload: { title: 'Morning check-in' },
    })
    expect(window?.visible).toBe(true)
  })

  it('are said in the window where the system has no notifications', async () => {
    seed({ reminders: bothOn })
    await boot({ notifications: 'unsupported' })
    vi.setSystemTime(at(9))
    fake.module.powerMonitor.emit('resume')
    expect(fake.notifications).toEqual([])
    expect(fake.windows[0]?.webContents.sent).toMatchObject([
      { channel: 'app:notice', payload: { title: 'Morning check-in' } },
    ])
  })
})

describe('reminders while an experiment runs', () => {
  const day = (d: number, hours: number, minutes = 0) => new Date(2026, 5, d, hours, minutes)
  const MORNING = 'How is your back this morning?'
  const EVENING = 'How was your back today?'

  /** 6 pairs of 2-day periods from 10 June, each period's first day a wash-out day. */
  function seedExperiment(): ExperimentDetail {
    const db = openDatabase(join(dir, 'journal.sqlite'))
    saveSettings(db, { reminders: bothOn })
    const draft = {
      question: 'stretch_routine',
      outcome: 'evening_pain',
      startsOn: '2026-06-10',
      pairs: 6,
      periodDays: 2,
      washoutDays: 1,
    }
    const created = createExperiment(db, experimentDraftSchema.parse(draft), at(7), 7)
    db.close()
    return created
  }
  /** The option's name the plan gives that date, read from the stored calendar. */
  const optionOf = (e: ExperimentDetail, date: string) => {
    const planned = e.days.find((d) => d.date === date)
    if (!planned) throw new Error(`${date} is not planned`)
    return planned.option === 'A' ? 'Stretch routine' : 'No stretch routine'
  }
  const bodies = () => fake.notifications.map((n) => n.options['body'])

  async function wake(now: Date) {
    vi.setSystemTime(now)
    fake.module.powerMonitor.emit('resume')
    await Promise.resolve()
  }

  it('say nothing extra on a wash-out day', async () => {
    seedExperiment()
    vi.setSystemTime(day(10, 9))
    await boot()
    expect(bodies()).toEqual([expect.stringMatching(new RegExp(`^${MORNING}`))])
    expect(bodies()[0]).not.toContain('Today:')
  })

  it('name the option of a counted day, morning and evening', async () => {
    const e = seedExperiment()
    vi.setSystemTime(day(11, 9))
    await boot()
    await wake(day(11, 21, 30))
    const option = optionOf(e, '2026-06-11')
    expect(bodies()).toEqual([
      `Today: ${option}. ${MORNING} Pain, stiffness, spasms and sleep take a few seconds.`,
      `Today: ${option}. ${EVENING} Pain, stiffness and spasms take a few seconds.`,
    ])
    expect(fake.notifications.map((n) => n.options['title'])).toEqual([
      'Morning check-in',
      'Evening check-in',
    ])
  })

  it('follow the plan from day to day', async () => {
    const e = seedExperiment()
    vi.setSystemTime(day(13, 9))
    await boot()
    await wake(day(15, 9))
    expect(bodies()).toEqual([
      expect.stringMatching(new RegExp(`^Today: ${optionOf(e, '2026-06-13')}\\. ${MORNING}`)),
      expect.stringMatching(new RegExp(`^Today: ${optionOf(e, '2026-06-15')}\\. ${MORNING}`)),
    ])
  })

  it('say nothing extra after the experiment ends', async () => {
    const e = seedExperiment()
    expect(e.endsOn).toBe('2026-07-03')
    vi.setSystemTime(new Date(2026, 6, 3, 9))
    await boot()
    await wake(new Date(2026, 6, 4, 9))
    expect(bodies()).toEqual([
      expect.stringMatching(new RegExp(`^Today: ${optionOf(e, '2026-07-03')}\\.`)),
      expect.stringMatching(new RegExp(`^${MORNING}`)),
    ])
  })

  it('say nothing extra once it was stopped', async () => {
    seedExperiment()
    vi.setSystemTime(day(11, 7))
    await boot()
    const listed = (await call('experiments:list')) as { value: { id: number }[] }
    expect(await call('experiments:stop', { id: listed.value[0]?.id })).toMatchObject({ ok: true })
    await wake(day(11, 9))
    expect(bodies()).toEqual([expect.stringMatching(new RegExp(`^${MORNING}`))])
  })
})

describe('Start Unknot when I log in', () => {
  // Per platform with a fake app in login-item.test.ts; here through the running app, on the
  // platform the tests run on (better-sqlite3 picks its addon by process.platform, so it stays).
  it("through this platform's own way, with the same journal folder", async () => {
    const config = makeTempDir('unknot-config-')
    vi.stubEnv('XDG_CONFIG_HOME', config)
    try {
      await boot()
      expect(await call('reminders:get')).toMatchObject({
        value: { openAtLogin: false, loginItemSupported: true },
      })
      expect(await call('reminders:save', { openAtLogin: true })).toMatchObject({
        ok: true,
        value: { openAtLogin: true },
      })
      const file = join(config, 'autostart', 'unknot.desktop')
      const args = ['/fake/app', `--data-dir=${dir}`, STARTED_AT_LOGIN_FLAG]
      if (process.platform === 'linux') {
        expect(readFileSync(file, 'utf8')).toContain(
          `Exec=${[process.execPath, ...args].join(' ')}\n`,
        )
        expect(fake.calls.loginItemSettings).toEqual([])
      } else if (process.platform === 'win32') {
        expect(fake.calls.loginItemSettings).toEqual([
          { openAtLogin: true, path: process.execPath, args },
        ])
      } else {
        expect(fake.calls.loginItemSettings).toEqual([{ openAtLogin: true }])
      }
      await call('reminders:save', { openAtLogin: false })
      expect(await call('reminders:get')).toMatchObject({ value: { openAtLogin: false } })
      expect(existsSync(file)).toBe(false)
    } finally {
      vi.unstubAllEnvs()
      rmSync(config, { recursive: true, force: true })
    }
  })

  it('started at log-in with reminders on, it stays in the tray without a window', async () => {
    seed({ reminders: bothOn })
    await boot({ args: [STARTED_AT_LOGIN_FLAG] })
    expect(fake.windows).toEqual([])
    tray().item('Open Unknot').click?.()
    expect(fake.windows).toHaveLength(1)
  })

  it('started at log-in without the tray, it opens its window', async () => {
    await boot({ args: [STARTED_AT_LOGIN_FLAG] })
    expect(fake.windows).toHaveLength(1)
  })
})
