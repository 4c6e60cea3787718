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
import type { DesktopControl, Navigation } from './desktop-control'
import type { LoginItem } from './login-item'
import { isCheckinRecorded } from './reminders.query'
import { optionsOn } from '../experiments/experiments.repo'
import { createNotifier } from './notifier'
import { noticeInWindow, type NotificationFailed } from '../services/notify'
import type { DesktopNotification } from '../services/services'
import { createScheduler } from './scheduler'
import { systemClock, type Clock } from './wall-clock'
import { reminderText, SNOOZE_ACTION, TRAY_LABELS, TRAY_NOTICE } from './messages'

export interface DesktopOptions {
  /** The open journal; throws `no_journal` while none is open (the journal repair screen). */
  db: () => DB
  /** The tray's image for this system (packaged-paths.ts, with its @2x twin beside it). */
  iconPath: string
  loginItem: LoginItem
  /** Brings the window forward, opening it when it is closed; answers it. */
  showWindow: () => BrowserWindow
  /** The window, when one is open. */
  getWindow: () => BrowserWindow | undefined
  /**
   * Whether the desktop shows tray icons (tray-host.ts); until it answers, the tray is assumed.
   * Without one, closing the window quits: nothing would be left to open Unknot again from.
   */
  trayHost?: Promise<boolean>
  clock?: Clock
  log?: (message: string, error: unknown) => void
}

/** Unknot on the desktop while it runs: reminders, the tray and what closing the window does. */
export interface Desktop {
  control: DesktopControl
  /**
   * The window is being closed: true when Unknot stays in the tray (saying so the first time),
   * so the window is only hidden; false when closing should close it (and quit).
   */
  keepRunningOnClose(): boolean
  /** True when this run was started at log-in and stays in the tray until asked for. */
  startsInTray(argv: readonly string[]): boolean
  stop(): void
}

export function startDesktop(options: DesktopOptions): Desktop {
  const { db } = options
  const clock = options.clock ?? systemClock
  const log = options.log ?? ((message, error) => console.error(message, error))
  let tray: Tray | undefined
  let pending: Navigation | null = null
  let trayHostFound = true
  /** Notices for a window that is opening: sent once it asks for its pending navigation. */
  const queuedNotices: DesktopNotification[] = []
  const inWindow = noticeInWindow(options.getWindow)
  /**
   * A notification the system could not show is said in the window; when the window is closed,
   * hidden or still loading, it is opened and the notice waits for it (a reminder is never lost).
   */
  const reminderFailed: NotificationFailed = (notification, reason) => {
    const window = options.getWindow()
    if (window && !window.isDestroyed() && !window.webContents.isLoading()) {
      inWindow(notification, reason)
      if (!window.isVisible()) options.showWindow()
      return
    }
    queuedNotices.push(notification)
    options.showWindow()
  }
  const reminders = createNotifier(reminderFailed)
  // The tray notice is said in the window, which it never reopens: it was just closed.
  const notifier = createNotifier(inWindow)

  function settings(): Settings | undefined {
    try {
      return getSettings(db())
    } catch (error) {
      // No journal open (the journal repair screen is up): no reminders, and nothing to report.
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

  /** The day's experiment options; a reminder still comes when they cannot be read. */
  function todaysOptions(date: IsoDate): string[] {
    try {
      return optionsOn(db(), date)
    } catch (error) {
      log("Today's experiment could not be read for the reminder", error)
      return []
    }
  }

  function showReminder(slot: ReminderSlot, date: IsoDate): void {
    reminders.show({
      ...reminderText(slot, todaysOptions(date)),
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
    const wanted =
      trayHostFound && current !== undefined && keepsInTray(current.keepInTray, current.reminders)
    if (wanted && !tray) {
      tray = new Tray(nativeImage.createFromPath(options.iconPath))
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
  options.trayHost
    ?.then((found) => {
      trayHostFound = found
      if (!found) syncTray()
    })
    .catch((error: unknown) => log('Could not tell whether the desktop shows tray icons', error))

  return {
    control: {
      loginItem: options.loginItem,
      settingsSaved: (before, after) => scheduler.remindersChanged(before, after),
      snooze: (slot) => scheduler.snooze(slot),
      takeNavigation() {
        const target = pending
        pending = null
        // The window is listening now: the notices that waited for it are said.
        const window = options.getWindow()
        if (window && !window.isDestroyed()) {
          for (const notice of queuedNotices.splice(0)) inWindow(notice, 'queued')
        }
        return target
      },
      trayAvailable: () => trayHostFound,
    },
    keepRunningOnClose() {
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
      reminders.closeAll()
    },
  }
}
