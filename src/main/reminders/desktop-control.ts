import type { EventPayload } from '../../shared/contract/events'
import type { ReminderSlot, Reminders } from '../../shared/domain/reminders'
import type { LoginItem } from './login-item'
import type { Snooze } from './schedule'

/** A screen for the window to open: Today with a check-in focused, from a reminder or the tray. */
export type Navigation = EventPayload<'app:navigate'>

/**
 * What the reminders' handlers need from the running app (desktop.ts): the scheduler, the tray and
 * the login item. Tests and the Playwright harness pass a fake (testing/fake-services.ts).
 */
export interface DesktopControl {
  loginItem: Pick<LoginItem, 'supported' | 'isEnabled' | 'setEnabled'>
  /** Reminder or tray settings were saved: re-arm the reminders and show or remove the tray. */
  settingsSaved(before: Reminders, after: Reminders): void
  /** "Remind me again in 30 minutes". */
  snooze(slot: ReminderSlot): Snooze
  /** A screen the window has not opened yet (it was closed or loading); asked once at start. */
  takeNavigation(): Navigation | null
  /** False on a Linux desktop without a StatusNotifier host: no tray, so closing quits. */
  trayAvailable(): boolean
}
