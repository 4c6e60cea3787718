import { z } from 'zod'

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataFile: z.string(),
  schemaVersion: z.number().int().nonnegative(),
})
