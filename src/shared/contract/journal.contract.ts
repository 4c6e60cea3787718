import { z } from 'zod'
import { EVERYTHING, read, write } from './define'
import { journalStatusSchema, recoveryResultSchema } from '../domain/journal'

export const journalContract = {
  /** Whether the journal is open (and read-only), or why not and the ways out. */
  'journal:status': read(z.undefined(), journalStatusSchema),
}

/** The ways out of a journal that cannot be opened. None of them deletes anything. */
export const recoveryContract = {
  /** Tries again (another program let go of the journal, a disk was made writable). */
  'recovery:retry': write(z.undefined(), recoveryResultSchema, EVERYTHING),
  /** Sets the unusable file aside and restores the newest automatic backup in its place. */
  'recovery:openLatestBackup': write(z.undefined(), recoveryResultSchema, EVERYTHING),
  /** Sets the unusable file aside and restores a chosen backup file, checked as in Settings. */
  'recovery:restoreFile': write(z.undefined(), recoveryResultSchema, EVERYTHING),
  /** Sets the unusable file aside and starts a new, empty journal. */
  'recovery:startNew': write(z.undefined(), recoveryResultSchema, EVERYTHING),
  /** Sets aside a `-wal` file that does not belong to the journal, then opens the journal. */
  'recovery:setAsideWal': write(z.undefined(), recoveryResultSchema, EVERYTHING),
  /** Quits the app, leaving everything as it is. */
  'recovery:quit': read(z.undefined(), z.object({ quitting: z.literal(true) })),
}
