import type { DomainHandlers } from '../ipc/handler'
import { applyDisplaySettings } from './display-settings'
import { getSettings, saveSettings } from './settings.repo'

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings:get': (_input, { db }) => getSettings(db),
  'settings:save': (patch, { db, app }) => {
    const saved = saveSettings(db, patch)
    applyDisplaySettings(db, app.locale)
    return saved
  },
}
