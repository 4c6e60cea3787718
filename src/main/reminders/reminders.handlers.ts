import type { DB } from '../db/database'
import type { DomainHandlers } from '../ipc/handler'
import { AppError } from '../../shared/errors'
import {
  keepsInTray,
  SNOOZE_MINUTES,
  type HabitSettings,
  type HabitSettingsPatch,
} from '../../shared/domain/reminders'
import type { Settings } from '../../shared/domain/settings'
import { getSettings, saveSettings } from '../settings/settings.repo'
import type { HabitControl } from './habit-control'

function habitSettings(db: DB, habit: HabitControl): HabitSettings {
  const settings = getSettings(db)
  return {
    reminders: settings.reminders,
    snoozeMinutes: SNOOZE_MINUTES,
    keepInTray: habit.trayAvailable() && keepsInTray(settings.keepInTray, settings.reminders),
    keepInTrayChoice: settings.keepInTray,
    openAtLogin: habit.loginItem.supported && habit.loginItem.isEnabled(),
    loginItemSupported: habit.loginItem.supported,
    trayAvailable: habit.trayAvailable(),
  }
}

/** Registers or removes the log-in item; a failure says so and leaves it as it was. */
function setLoginItem(habit: HabitControl, open: boolean): void {
  if (!habit.loginItem.supported) {
    throw new AppError('unavailable', 'Unknot cannot start itself at log-in on this system.', [
      { path: 'openAtLogin', message: 'Not available on this system.' },
    ])
  }
  try {
    habit.loginItem.setEnabled(open)
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
function saveHabitSettings(db: DB, habit: HabitControl, patch: HabitSettingsPatch): HabitSettings {
  const before = getSettings(db)
  const loginChange =
    patch.openAtLogin !== undefined && patch.openAtLogin !== habit.loginItem.isEnabled()
      ? patch.openAtLogin
      : undefined
  if (loginChange !== undefined) setLoginItem(habit, loginChange)
  const values: Partial<Settings> = {}
  if (patch.reminders) values.reminders = patch.reminders
  if (patch.keepInTray !== undefined) values.keepInTray = patch.keepInTray
  let after: Settings
  try {
    after = saveSettings(db, values)
  } catch (error) {
    if (loginChange !== undefined) habit.loginItem.setEnabled(!loginChange)
    throw error
  }
  habit.settingsSaved(before.reminders, after.reminders)
  return habitSettings(db, habit)
}

export const remindersHandlers: DomainHandlers<'reminders'> = {
  'reminders:get': (_input, { db, services }) => habitSettings(db, services.habit),
  'reminders:save': (patch, { db, services }) => saveHabitSettings(db, services.habit, patch),
  'reminders:snooze': ({ slot }, { db, services }) => {
    const { reminders } = getSettings(db)
    if (!reminders[slot].enabled) {
      throw new AppError(
        'conflict',
        `The ${slot} reminder is off; turn it on in Settings to be reminded.`,
      )
    }
    const snooze = services.habit.snooze(slot)
    return { slot, date: snooze.date, at: new Date(snooze.at).toISOString() }
  },
}
