import type { DB } from '../db/database'
import type { DomainHandlers } from '../ipc/handler'
import { AppError } from '../../shared/errors'
import {
  keepsInTray,
  SNOOZE_MINUTES,
  type DesktopSettings,
  type DesktopSettingsPatch,
} from '../../shared/domain/reminders'
import type { Settings } from '../../shared/domain/settings'
import { getSettings, saveSettings } from '../settings/settings.repo'
import type { DesktopControl } from './desktop-control'

function desktopSettings(db: DB, desktop: DesktopControl): DesktopSettings {
  const settings = getSettings(db)
  return {
    reminders: settings.reminders,
    snoozeMinutes: SNOOZE_MINUTES,
    keepInTray: desktop.trayAvailable() && keepsInTray(settings.keepInTray, settings.reminders),
    keepInTrayChoice: settings.keepInTray,
    openAtLogin: desktop.loginItem.supported && desktop.loginItem.isEnabled(),
    loginItemSupported: desktop.loginItem.supported,
    trayAvailable: desktop.trayAvailable(),
  }
}

/** Registers or removes the log-in item; a failure says so and leaves it as it was. */
function setLoginItem(desktop: DesktopControl, open: boolean): void {
  if (!desktop.loginItem.supported) {
    throw new AppError('unavailable', 'Unknot cannot start itself at log-in on this system.', [
      { path: 'openAtLogin', message: 'Not available on this system.' },
    ])
  }
  try {
    desktop.loginItem.setEnabled(open)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError(
      'unavailable',
      `Unknot could not ${open ? 'add itself to' : 'remove itself from'} the programs started at log-in (${(error as Error).message}). Nothing was changed.`,
      [{ path: 'openAtLogin', message: 'Could not be changed.' }],
    )
  }
}

/**
 * Saves the patch whole or not at all: the log-in item (outside the journal) first, then the
 * settings in one transaction, putting the log-in item back if that fails.
 */
function saveDesktopSettings(
  db: DB,
  desktop: DesktopControl,
  patch: DesktopSettingsPatch,
): DesktopSettings {
  const before = getSettings(db)
  const loginChange =
    patch.openAtLogin !== undefined && patch.openAtLogin !== desktop.loginItem.isEnabled()
      ? patch.openAtLogin
      : undefined
  if (loginChange !== undefined) setLoginItem(desktop, loginChange)
  const values: Partial<Settings> = {}
  if (patch.reminders) values.reminders = patch.reminders
  if (patch.keepInTray !== undefined) values.keepInTray = patch.keepInTray
  let after: Settings
  try {
    after = saveSettings(db, values)
  } catch (error) {
    if (loginChange !== undefined) desktop.loginItem.setEnabled(!loginChange)
    throw error
  }
  desktop.settingsSaved(before.reminders, after.reminders)
  return desktopSettings(db, desktop)
}

export const remindersHandlers: DomainHandlers<'reminders'> = {
  'reminders:get': (_input, { db, services }) => desktopSettings(db, services.desktop),
  'reminders:save': (patch, { db, services }) => saveDesktopSettings(db, services.desktop, patch),
  'reminders:snooze': ({ slot }, { db, services }) => {
    const { reminders } = getSettings(db)
    if (!reminders[slot].enabled) {
      throw new AppError(
        'conflict',
        `The ${slot} reminder is off; turn it on in Settings to be reminded.`,
      )
    }
    const snooze = services.desktop.snooze(slot)
    return { slot, date: snooze.date, at: new Date(snooze.at).toISOString() }
  },
}
