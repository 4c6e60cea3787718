import { z } from 'zod'
import { channel } from './define'
import { journalStatusSchema, recoveryResultSchema } from '../domain/journal'

export const journalContract = {
  /** Whether the journal is open (and read-only), or why not and the ways out. */
  'journal:status': channel(z.undefined(), journalStatusSchema),
}

/** The ways out of a journal that cannot be opened. None of them deletes anything. */
export const recoveryContract = {
  /** Tries again (another program let go of the journal, a disk was made writable). */
  'recovery:retry': channel(z.undefined(), recoveryResultSchema),
  /** Sets the unusable file aside and restores the newest automatic backup in its place. */
  'recovery:openLatestBackup': channel(z.undefined(), recoveryResultSchema),
  /** Sets the unusable file aside and restores a chosen backup file, checked as in Settings. */
  'recovery:restoreFile': channel(z.undefined(), recoveryResultSchema),
  /** Sets the unusable file aside and starts a new, empty journal. */
  'recovery:startNew': channel(z.undefined(), recoveryResultSchema),
  /** Sets aside a `-wal` file that does not belong to the journal, then opens the journal. */
  'recovery:setAsideWal': channel(z.undefined(), recoveryResultSchema),
  /** Quits the app, leaving everything as it is. */
  'recovery:quit': channel(z.undefined(), z.object({ quitting: z.literal(true) })),
}
