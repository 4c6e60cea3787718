import type { DomainHandlers } from '../ipc/handler'
import { getSettings, saveSettings } from './settings.repo'

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings:get': (_input, { db }) => getSettings(db),
  'settings:save': (patch, { db }) => saveSettings(db, patch),
}
