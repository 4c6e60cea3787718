import { z } from 'zod'
import { channel } from './define'
import { savedFileSchema } from './report.contract'

export const restoreResultSchema = z.discriminatedUnion('restored', [
  z.object({
    restored: z.literal(true),
    /** Rows restored per table. */
    counts: z.record(z.string(), z.number().int()),
    /** The copy of the diary made just before it was replaced. */
    safetyCopy: z.string(),
  }),
  z.object({ restored: z.literal(false), message: z.string() }),
])
export type RestoreResult = z.infer<typeof restoreResultSchema>

export const backupContract = {
  /** The whole diary as one JSON file with a format version, saved where the person chooses. */
  'backup:export': channel(z.undefined(), savedFileSchema),
  /** Replaces the diary with a chosen backup file, or refuses and changes nothing. */
  'backup:restore': channel(z.undefined(), restoreResultSchema),
}
