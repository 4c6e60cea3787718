import { z } from 'zod'
import { channel } from './define'
import { savedFileSchema } from '../domain/report'
import { restoreResultSchema } from '../domain/backup'
import { automaticBackupNameSchema, automaticBackupSchema } from '../domain/journal'

export const backupContract = {
  /** The whole diary as one JSON file with a format version, saved where the person chooses. */
  'backup:export': channel(z.undefined(), savedFileSchema),
  /** Replaces the diary with a chosen backup file, or refuses and changes nothing. */
  'backup:restore': channel(z.undefined(), restoreResultSchema),
  /** The automatic snapshots in `backups/`, newest first, with their dates and sizes. */
  'backup:listAutomatic': channel(z.undefined(), z.array(automaticBackupSchema)),
  /** Restores one automatic snapshot through the same checks as a backup file. */
  'backup:restoreAutomatic': channel(automaticBackupNameSchema, restoreResultSchema),
}
