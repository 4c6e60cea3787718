import type { DomainHandlers } from '../ipc/handler'
import { applyDisplaySettings } from './display-settings'
import { getSettings, saveSettings } from './settings.repo'

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings:get': (_input, { db }) => getSettings(db),
  'settings:save': (patch, ctx) => {
    const saved = saveSettings(ctx.db, patch)
    applyDisplaySettings(ctx, ctx.app.locale)
    return saved
  },
}
