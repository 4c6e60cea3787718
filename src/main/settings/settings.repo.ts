import type { DB } from '../db/database'
import { AppError } from '../../shared/errors'
import {
  SETTINGS_DEFAULTS,
  settingsShape,
  storedSettingsShape,
  type SettingKey,
  type Settings,
} from '../../shared/domain/settings'
import { preparedPerConnection } from '../db/statements'

/** Every stored setting, as its key and JSON value. */
export const SETTINGS_SQL = `SELECT key, value FROM settings`

function statements(db: DB) {
  return {
    all: db.prepare<[], { key: string; value: string }>(SETTINGS_SQL),
    upsert: db.prepare<{ key: string; value: string }>(
      `INSERT INTO settings (key, value) VALUES (:key, :value)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
  }
}
const stmts = preparedPerConnection(statements)

const KEYS = Object.keys(settingsShape) as SettingKey[]

/**
 * Every setting, a default for the ones never saved. A stored value that no longer fits its
 * schema is reported, never silently replaced: health-history answers drive safety alerts.
 * Rows of keys this version does not know (from other features) are left alone.
 */
export function getSettings(db: DB): Settings {
  const stored = new Map(
    stmts(db)
      .all.all()
      .map((r) => [r.key, r.value]),
  )
  const out: Record<SettingKey, unknown> = { ...SETTINGS_DEFAULTS }
  for (const key of KEYS) {
    const raw = stored.get(key)
    if (raw === undefined) continue
    const parsed = storedSettingsShape[key].safeParse(JSON.parse(raw))
    if (!parsed.success) {
      throw new AppError(
        'internal',
        `The saved setting "${key}" is damaged and cannot be read. Save it again in Settings.`,
      )
    }
    out[key] = parsed.data
  }
  // Each key was parsed by its own schema above.
  return out as Settings
}

/** Saves the given settings in one transaction and answers with all of them. */
export function saveSettings(db: DB, patch: Partial<Settings>): Settings {
  return db.transaction(() => {
    for (const key of KEYS) {
      const value = patch[key]
      if (value !== undefined) stmts(db).upsert.run({ key, value: JSON.stringify(value) })
    }
    return getSettings(db)
  })()
}
