import { z } from 'zod'
import { channel } from './define'
import { journalStatusSchema, repairResultSchema } from '../domain/journal'

export const journalContract = {
  /** Whether the journal is open (and read-only), or why not and the ways out. */
  'journal:status': channel(z.undefined(), journalStatusSchema),
}

/**
 * The ways out of a journal that cannot be opened (the journal repair screen). None of them
 * deletes anything. The channels keep their `recovery:` names, which shipped before the rename.
 */
export const repairContract = {
  /** Tries again (another program let go of the journal, a disk was made writable). */
  'recovery:retry': channel(z.undefined(), repairResultSchema),
  /** Sets the unusable file aside and restores the newest automatic backup in its place. */
  'recovery:openLatestBackup': channel(z.undefined(), repairResultSchema),
  /** Sets the unusable file aside and restores a chosen backup file, checked as in Settings. */
  'recovery:restoreFile': channel(z.undefined(), repairResultSchema),
  /** Sets the unusable file aside and starts a new, empty journal. */
  'recovery:startNew': channel(z.undefined(), repairResultSchema),
  /** Sets aside a `-wal` file that does not belong to the journal, then opens the journal. */
  'recovery:setAsideWal': channel(z.undefined(), repairResultSchema),
  /**
   * Sets a damaged `-wal` aside (renamed, never deleted) and opens the journal with every change
   * saved before the damage.
   */
  'recovery:setAsideDamagedWal': channel(z.undefined(), repairResultSchema),
  /** Quits the app, leaving everything as it is. */
  'recovery:quit': channel(z.undefined(), z.object({ quitting: z.literal(true) })),
}
