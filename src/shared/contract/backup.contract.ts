import { z } from 'zod'
import { EVERYTHING, read, write } from './define'
import { savedFileSchema } from '../domain/report'
import { restoreResultSchema } from '../domain/backup'
import { automaticBackupNameSchema, automaticBackupSchema } from '../domain/journal'

export const backupContract = {
  /** The whole diary as one JSON file with a format version, saved where the person chooses. */
  'backup:export': read(z.undefined(), savedFileSchema),
  /** Replaces the diary with a chosen backup file, or refuses and changes nothing. */
  'backup:restore': write(z.undefined(), restoreResultSchema, EVERYTHING),
  /** The automatic snapshots in `backups/`, newest first, with their dates and sizes. */
  'backup:listAutomatic': read(z.undefined(), z.array(automaticBackupSchema)),
  /** Restores one automatic snapshot through the same checks as a backup file. */
  'backup:restoreAutomatic': write(automaticBackupNameSchema, restoreResultSchema, EVERYTHING),
}
