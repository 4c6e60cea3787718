import { z } from 'zod'

export const restoreResultSchema = z.discriminatedUnion('restored', [
  z.object({
    restored: z.literal(true),
    /** Rows restored per table. */
    counts: z.record(z.string(), z.number().int()),
    /** The copy of the diary made just before it was replaced. */
    safetyCopy: z.string(),
    /** What to check afterwards: entries dated after the day the backup was made. */
    notice: z.string().optional(),
  }),
  z.object({ restored: z.literal(false), message: z.string() }),
])
