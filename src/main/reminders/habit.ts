import {
  app,
  Menu,
  nativeImage,
  powerMonitor,
  Tray,
  type BrowserWindow,
  type MenuItemConstructorOptions,
} from 'electron'
import type { DB } from '../db/database'
import { sendEvent } from '../ipc/events'
import { getSettings, saveSettings } from '../settings/settings.repo'
import { keepsInTray, type ReminderSlot } from '../../shared/domain/reminders'
import type { Settings } from '../../shared/domain/settings'
import type { IsoDate } from '../../shared/dates'
import { AppError } from '../../shared/errors'
import type { HabitControl, Navigation } from './habit-control'
import type { LoginItem } from './login-item'
import { isCheckinRecorded } from './reminders.repo'
import { createNotifier } from './notifier'
import { createScheduler } from './scheduler'
import { systemClock, type Clock } from './wall-clock'
import { REMINDER_TEXT, SNOOZE_ACTION, TRAY_LABELS, TRAY_NOTICE } from './messages'

export interface HabitOptions {
  /** The open journal; throws `no_journal` while none is open (the recovery screen). */
  db: () => DB
  platform: NodeJS.Platform
  /** The app icon (PNG); the tray shows it small. */
  iconPath: string
  loginItem: LoginItem
  /** Brings the window forward, opening it when it is closed; answers it. */
  showWindow: () => BrowserWindow
  /** The window, when one is open. */
  getWindow: () => BrowserWindow | undefined
  clock?: Clock
  log?: (message: string, error: unknown) => void
}

/** The daily habit in the running app: reminders, the tray and what closing the window does. */
export interface Habit {
  control: HabitControl
  /**
   * The last window was closed: true when Unknot stays in the tray (saying so the first time),
   * false when it should quit.
   */
  keepRunningAfterLastWindow(): boolean
  /** True when this run was started at log-in and stays in the tray until asked for. */
  startsInTray(argv: readonly string[]): boolean
  stop(): void
}

export function startHabit(options: HabitOptions): Habit {
  const { db } = options
  const clock = options.clock ?? systemClock
  const log = options.log ?? ((message, error) => console.error(message, error))
  let tray: Tray | undefined
  let pending: Navigation | null = null
  const notifier = createNotifier(options.getWindow)

  function settings(): Settings | undefined {
    try {
      return getSettings(db())
    } catch (error) {
      // No journal open (the recovery screen is up): no reminders, and nothing to report.
      if (!(error instanceof AppError && error.code === 'no_journal')) {
        log('Reminder settings could not be read', error)
      }
      return undefined
    }
  }

  /** Opens a screen: sent to a window that is up, kept for one that is opening. */
  function navigate(target: Navigation): void {
    const ready = options.getWindow()
    const loaded = ready && !ready.isDestroyed() && !ready.webContents.isLoading()
    const window = options.showWindow()
    if (loaded) {
      pending = null
      sendEvent(window.webContents, 'app:navigate', target)
    } else {
      pending = target
    }
  }

  function showReminder(slot: ReminderSlot, date: IsoDate): void {
    notifier.show({
      ...REMINDER_TEXT[slot],
      onClick: () => navigate({ route: 'today', focus: slot }),
      action: { label: SNOOZE_ACTION, run: () => scheduler.snooze(slot, date) },
    })
  }

  function trayMenu(): MenuItemConstructorOptions[] {
    return [
      {
        label: TRAY_LABELS.morning,
        click: () => navigate({ route: 'today', focus: 'morning' }),
      },
      {
        label: TRAY_LABELS.evening,
        click: () => navigate({ route: 'today', focus: 'evening' }),
      },
      {
        label: TRAY_LABELS.spasmNow,
        click: () => navigate({ route: 'today', focus: 'spasm-now' }),
      },
      { type: 'separator' },
      { label: TRAY_LABELS.open, click: () => options.showWindow() },
      { type: 'separator' },
      { label: TRAY_LABELS.quit, click: () => app.quit() },
    ]
  }

  /** The tray is there while closing the window keeps Unknot running. */
  function syncTray(): void {
    const current = settings()
    const wanted = current !== undefined && keepsInTray(current.keepInTray, current.reminders)
    if (wanted && !tray) {
      const size = options.platform === 'linux' ? 24 : 16
      const image = nativeImage
        .createFromPath(options.iconPath)
        .resize({ width: size, height: size })
      tray = new Tray(image)
      tray.setToolTip('Unknot')
      tray.setContextMenu(Menu.buildFromTemplate(trayMenu()))
      // Windows and most Linux desktops: a click on the icon opens the window.
      tray.on('click', () => options.showWindow())
    } else if (!wanted && tray) {
      tray.destroy()
      tray = undefined
    }
  }

  const scheduler = createScheduler({
    clock,
    reminders: () => settings()?.reminders,
    handled: settings()?.remindersHandled ?? {},
    onHandled: (handled) => saveSettings(db(), { remindersHandled: handled }),
    isRecorded: (date, slot) => isCheckinRecorded(db(), date, slot),
    show: showReminder,
    afterCheck: syncTray,
    log,
  })

  const onWake = () => scheduler.check()
  powerMonitor.on('resume', onWake)
  powerMonitor.on('unlock-screen', onWake)
  scheduler.check()

  return {
    control: {
      loginItem: options.loginItem,
      settingsSaved: (before, after) => scheduler.remindersChanged(before, after),
      snooze: (slot) => scheduler.snooze(slot),
      takeNavigation() {
        const target = pending
        pending = null
        return target
      },
    },
    keepRunningAfterLastWindow() {
      const current = settings()
      if (!tray || !current || !keepsInTray(current.keepInTray, current.reminders)) return false
      if (!current.trayNoticeShown) {
        notifier.show({ ...TRAY_NOTICE, onClick: () => options.showWindow() })
        try {
          saveSettings(db(), { trayNoticeShown: true })
        } catch (error) {
          log('Could not note that the tray notice was shown', error)
        }
      }
      return true
    },
    startsInTray(argv) {
      return tray !== undefined && options.loginItem.startedAtLogin(argv)
    },
    stop() {
      scheduler.stop()
      powerMonitor.off('resume', onWake)
      powerMonitor.off('unlock-screen', onWake)
      tray?.destroy()
      tray = undefined
      notifier.closeAll()
    },
  }
}
