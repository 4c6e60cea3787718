import { z } from 'zod'
import { channel } from './define'

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataFile: z.string(),
  schemaVersion: z.number().int().nonnegative(),
})
export type AppInfo = z.infer<typeof appInfoSchema>

export const appContract = {
  'app:info': channel(z.undefined(), appInfoSchema),
}
