import { z } from 'zod'
import { factorCodeSchema } from '../../shared/clinical/factors'
import type { BackupTable } from '../backup/backup.tables'

/*
 * The factor tables of migration 006 as a backup carries them, with the same limits as their
 * CHECKs. Optional: backups written before the migration restore with no factors recorded.
 * Parents come first (restore inserts in order): each checklist before its factors.
 */

const id = z.number().int().positive()
const timestamp = z.iso.datetime({ error: 'must be a UTC time written as ISO 8601' })

const onsetChecklistRowSchema = z
  .object({ episode_id: id, other_note: z.string().max(200), answered_at: timestamp })
  .strict()
const onsetFactorRowSchema = z.object({ episode_id: id, code: factorCodeSchema }).strict()
const dayChecklistRowSchema = z.object({ checkin_id: id, answered_at: timestamp }).strict()
const dayFactorRowSchema = z.object({ checkin_id: id, code: factorCodeSchema }).strict()

export const FACTOR_BACKUP_TABLES: readonly BackupTable[] = [
  {
    name: 'onset_checklists',
    row: onsetChecklistRowSchema,
    columns: ['episode_id', 'other_note', 'answered_at'],
    optional: true,
  },
  {
    name: 'onset_factors',
    row: onsetFactorRowSchema,
    columns: ['episode_id', 'code'],
    optional: true,
  },
  {
    name: 'day_checklists',
    row: dayChecklistRowSchema,
    columns: ['checkin_id', 'answered_at'],
    optional: true,
  },
  { name: 'day_factors', row: dayFactorRowSchema, columns: ['checkin_id', 'code'], optional: true },
]
