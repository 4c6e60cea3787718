import { z } from 'zod'

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataFile: z.string(),
  schemaVersion: z.number().int().nonnegative(),
})

/** What the window needs to know at its first start. */
export const firstRunSchema = z.object({
  /** An empty journal whose welcome was neither finished nor skipped. */
  showWelcome: z.boolean(),
})
