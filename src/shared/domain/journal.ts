import { z } from 'zod'

/** Why the journal could not be opened; each has its own sentence and its own ways out. */
export const JOURNAL_PROBLEMS = [
  /** Another program holds the journal; nothing is wrong with the file. */
  'locked',
  /** The journal cannot be created or read because the file, folder or disk is read-only. */
  'read_only',
  /** The file exists but this user may not read it. */
  'unreadable',
  /** The disk has no room to bring the journal up to date; nothing is wrong with the file. */
  'disk_full',
  /** A folder sits where the journal file should be. */
  'is_directory',
  /** The file is not a SQLite database at all. */
  'not_a_database',
  /** A SQLite database of another program. */
  'not_ours',
  /** Unknot's journal, but damaged. */
  'damaged',
  /** Written by a newer Unknot. */
  'too_new',
  /** A `-wal` file beside the journal belongs to another database. */
  'stray_wal',
  /** The `-wal` file beside the journal would take it back to an older state. */
  'rewound',
  /** The journal's `-wal` is damaged: SQLite would silently drop changes committed in it. */
  'damaged_wal',
] as const
export type JournalProblem = (typeof JOURNAL_PROBLEMS)[number]

/** What the journal repair screen may offer; main decides which fit the problem. */
export const REPAIR_ACTIONS = [
  'retry',
  'openLatestBackup',
  'restoreFile',
  'startNew',
  'setAsideWal',
  /** Sets a damaged `-wal` aside and opens the journal with every change before the damage. */
  'setAsideDamagedWal',
  'quit',
] as const
export type RepairAction = (typeof REPAIR_ACTIONS)[number]

export const BACKUP_KINDS = ['daily', 'before-migration', 'before-restore'] as const
export type AutomaticBackupKind = (typeof BACKUP_KINDS)[number]

/** A verified snapshot in `backups/` beside the journal. */
export const automaticBackupSchema = z.object({
  /** The file name inside `backups/`; the only handle the window gets. */
  name: z
    .string()
    .max(200)
    .regex(/^journal-[a-z0-9-]+-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/),
  kind: z.enum(BACKUP_KINDS),
  /** A copy of a journal without entries (only settings, or nothing at all). */
  empty: z.boolean(),
  /** When it was made (UTC ISO 8601), read from its name. */
  createdAt: z.iso.datetime(),
  bytes: z.number().int().nonnegative(),
})
export type AutomaticBackup = z.infer<typeof automaticBackupSchema>

export const journalStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('open'),
    file: z.string(),
    /** Opened read-only: every save is refused with `read_only`; `readOnlyReason` says why. */
    readOnly: z.boolean(),
    readOnlyReason: z.string().optional(),
  }),
  z.object({
    state: z.literal('unavailable'),
    file: z.string(),
    problem: z.enum(JOURNAL_PROBLEMS),
    /** What happened, in one or two sentences, for the journal repair screen. */
    message: z.string(),
    /** The ways out that fit this problem, in the order to show them. */
    actions: z.array(z.enum(REPAIR_ACTIONS)),
    latestBackup: automaticBackupSchema.nullable(),
  }),
])
export type JournalStatus = z.infer<typeof journalStatusSchema>

/** Every repair step answers the journal's state afterwards and a sentence on what it did. */
export const repairResultSchema = z.object({
  status: journalStatusSchema,
  message: z.string(),
})

export const automaticBackupNameSchema = z
  .object({ name: automaticBackupSchema.shape.name })
  .strict()
