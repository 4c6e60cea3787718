import { z } from 'zod'
import { EVERYTHING, read, write } from './define'
import { journalStatusSchema, repairResultSchema } from '../domain/journal'

export const journalContract = {
  /** Whether the journal is open (and read-only), or why not and the ways out. */
  'journal:status': read(z.undefined(), journalStatusSchema),
}

/**
 * The ways out of a journal that cannot be opened (the journal repair screen). None of them
 * deletes anything. The channels keep their `recovery:` names, which shipped before the rename.
 */
export const repairContract = {
  /** Tries again (another program let go of the journal, a disk was made writable). */
  'recovery:retry': write(z.undefined(), repairResultSchema, EVERYTHING),
  /** Sets the unusable file aside and restores the newest automatic backup in its place. */
  'recovery:openLatestBackup': write(z.undefined(), repairResultSchema, EVERYTHING),
  /** Sets the unusable file aside and restores a chosen backup file, checked as in Settings. */
  'recovery:restoreFile': write(z.undefined(), repairResultSchema, EVERYTHING),
  /** Sets the unusable file aside and starts a new, empty journal. */
  'recovery:startNew': write(z.undefined(), repairResultSchema, EVERYTHING),
  /** Sets aside a `-wal` file that does not belong to the journal, then opens the journal. */
  'recovery:setAsideWal': write(z.undefined(), repairResultSchema, EVERYTHING),
  /**
   * Sets a damaged `-wal` aside (renamed, never deleted) and opens the journal with every change
   * saved before the damage.
   */
  'recovery:setAsideDamagedWal': write(z.undefined(), repairResultSchema, EVERYTHING),
  /** Quits the app, leaving everything as it is. */
  'recovery:quit': read(z.undefined(), z.object({ quitting: z.literal(true) })),
}
