import { z } from 'zod'
import { channel } from './define'
import { settingsPatchSchema, settingsSchema } from '../domain/settings'

export const settingsContract = {
  /** Every setting, defaults filled in. */
  'settings:get': channel(z.undefined(), settingsSchema),
  /** Saves the keys given (each whole) and answers with every setting. */
  'settings:save': channel(settingsPatchSchema, settingsSchema),
}
