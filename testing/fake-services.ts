import type { DesktopNotification, Services } from '../src/main/services/services'
import type { DesktopControl, Navigation } from '../src/main/reminders/desktop-control'
import type { ReminderSlot, Reminders } from '../src/shared/domain/reminders'
import { SNOOZE_MINUTES } from '../src/shared/domain/reminders'
import { toIsoDate } from '../src/shared/dates'

/** The running app's reminders, tray and login item, recorded instead of done. */
export interface FakeDesktop extends DesktopControl {
  loginItem: DesktopControl['loginItem'] & { enabled: boolean; failNext: boolean }
  saves: { before: Reminders; after: Reminders }[]
  snoozes: ReminderSlot[]
  pendingNavigation: Navigation | null
  /** Whether the desktop shows tray icons. */
  trayHost: boolean
}

export function createFakeDesktop(now: () => Date = () => new Date()): FakeDesktop {
  const fake: FakeDesktop = {
    loginItem: {
      supported: true,
      enabled: false,
      failNext: false,
      isEnabled: () => fake.loginItem.enabled,
      setEnabled: (open) => {
        if (fake.loginItem.failNext) {
          fake.loginItem.failNext = false
          throw new Error('EACCES: permission denied, open autostart/unknot.desktop')
        }
        fake.loginItem.enabled = open
      },
    },
    saves: [],
    snoozes: [],
    pendingNavigation: null,
    trayHost: true,
    trayAvailable: () => fake.trayHost,
    settingsSaved: (before, after) => {
      fake.saves.push({ before, after })
    },
    snooze: (slot) => {
      fake.snoozes.push(slot)
      return { date: toIsoDate(now()), at: now().getTime() + SNOOZE_MINUTES * 60_000 }
    },
    takeNavigation: () => {
      const pending = fake.pendingNavigation
      fake.pendingNavigation = null
      return pending
    },
  }
  return fake
}

/** Services for tests: records notifications, answers dialogs with preset paths. */
export interface FakeServices extends Services {
  notifications: DesktopNotification[]
  /** What the next save dialog answers; undefined = the person cancelled. */
  nextSavePath: string | undefined
  nextOpenPath: string | undefined
  pdfBytes: Uint8Array
  /** How many times the app was asked to quit. */
  quits: number
  desktop: FakeDesktop
}

export function createFakeServices(now?: () => Date): FakeServices {
  const fake: FakeServices = {
    notifications: [],
    nextSavePath: undefined,
    nextOpenPath: undefined,
    pdfBytes: new TextEncoder().encode('%PDF-1.4\n%fake\n'),
    quits: 0,
    notify: (notification) => {
      fake.notifications.push(notification)
    },
    chooseSavePath: () => Promise.resolve(fake.nextSavePath),
    chooseOpenPath: () => Promise.resolve(fake.nextOpenPath),
    printToPdf: () => Promise.resolve(fake.pdfBytes),
    quit: () => {
      fake.quits += 1
    },
    desktop: createFakeDesktop(now),
  }
  return fake
}
