import { z } from 'zod'

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataFile: z.string(),
  /** Set when the journal's folder is on a network drive, where SQLite cannot save safely. */
  dataFolderWarning: z.string().nullable(),
  schemaVersion: z.number().int().nonnegative(),
  /** The locale dates, times and numbers are written in (main's display locale). */
  locale: z.string(),
  /** The system's preferred languages, most preferred first, as Electron reports them. */
  systemLanguages: z.array(z.string()),
})

/** What the window needs to know at its first start. */
export const firstRunSchema = z.object({
  /** An empty journal whose welcome was neither finished nor skipped. */
  showWelcome: z.boolean(),
  /** The date of the journal's first entry (check-in, episode, treatment or PEG); null when empty. */
  diaryStartedOn: z.string().nullable(),
})
