import { z } from 'zod'
import { isIsoDate } from '../../shared/dates'
import { TREATMENT_KINDS } from '../../shared/domain/treatment'
import { symptomCodeSchema } from '../../shared/clinical/symptoms'
import { SLOTS } from '../../shared/domain/checkin'
import { REGIONS, SIDES, TRIGGERS } from '../../shared/domain/episode'
import { TEXT_LIMITS } from '../../shared/domain/common'
import { settingsShape, storedSettingsShape, type SettingKey } from '../../shared/domain/settings'
import { FACTOR_BACKUP_TABLES } from '../factors/factors.backup'

/*
 * Row schemas of every table a backup carries, as the database stores them (snake_case columns).
 * They repeat the CHECK constraints of migration 001 so a damaged or edited backup is refused,
 * with the record named, before anything is deleted. A feature that adds a table adds one entry
 * to BACKUP_TABLES (parents before children: rows are inserted in this order).
 */

const id = z.number().int().positive()
const date = z.string().refine(isIsoDate, 'must be a date written as YYYY-MM-DD')
const score = z.number().int().min(0).max(10)
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`)
// What the app writes: new Date().toISOString().
const timestamp = z.iso.datetime({ error: 'must be a UTC time written as ISO 8601' })
// Migration 004: backups made before it carry no "show my doctor" marks; their notes restore
// unmarked.
const noteForDoctor = z.union([z.literal(0), z.literal(1)]).default(0)
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local time written as YYYY-MM-DDTHH:MM')
  .refine((v) => isIsoDate(v.slice(0, 10)), 'must be a real date')

export const episodeRowSchema = z
  .object({
    id,
    started_on: date,
    ended_on: date.nullable(),
    region: z.enum(REGIONS),
    side: z.enum(SIDES),
    trigger: z.enum(TRIGGERS),
    trigger_note: text(TEXT_LIMITS.triggerNote),
    notes: text(TEXT_LIMITS.notes),
    note_for_doctor: noteForDoctor,
    created_at: timestamp,
    updated_at: timestamp,
  })
  .strict()
  .refine((r) => r.ended_on === null || r.ended_on >= r.started_on, {
    message: 'ends before it starts',
    path: ['ended_on'],
  })

export const checkinRowSchema = z
  .object({
    id,
    date,
    slot: z.enum(SLOTS),
    recorded_at: timestamp,
    pain: score,
    stiffness: score,
    stiffness_minutes: z.number().int().min(0).max(1440).nullable(),
    spasm_frequency: z.number().int().min(0).max(4),
    spasm_severity: z.number().int().min(1).max(3).nullable(),
    sleep_interrupted: z.union([z.literal(0), z.literal(1)]),
    episode_id: id.nullable(),
    notes: text(TEXT_LIMITS.notes),
    note_for_doctor: noteForDoctor,
    created_at: timestamp,
    updated_at: timestamp,
  })
  .strict()
  .refine((r) => (r.spasm_frequency === 0) === (r.spasm_severity === null), {
    message: 'spasm severity goes with spasms, and only with them',
    path: ['spasm_severity'],
  })
  .refine((r) => r.stiffness_minutes === null || r.slot === 'morning', {
    message: 'stiffness minutes belong to a morning check-in',
    path: ['stiffness_minutes'],
  })

export const checkinSymptomRowSchema = z
  .object({
    checkin_id: id,
    code: symptomCodeSchema,
  })
  .strict()

export const treatmentRowSchema = z
  .object({
    id,
    kind: z.enum(TREATMENT_KINDS),
    detail: text(TEXT_LIMITS.treatmentDetail),
    started_at: localDateTime,
    duration_minutes: z.number().int().min(0).max(1440).nullable(),
    pain_before: score.nullable(),
    pain_after: score.nullable(),
    side_effect: text(TEXT_LIMITS.sideEffect).nullable(),
    episode_id: id.nullable(),
    notes: text(TEXT_LIMITS.notes),
    note_for_doctor: noteForDoctor,
    created_at: timestamp,
    updated_at: timestamp,
  })
  .strict()

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** A known setting must hold what that setting's schema allows; unknown keys stay as JSON. */
export const settingRowSchema = z
  .object({
    key: z.string().min(1).max(64),
    value: z.string(),
  })
  .strict()
  .superRefine((row, ctx) => {
    const json = parseJson(row.value)
    if (!json.ok) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be JSON text' })
      return
    }
    if (!Object.hasOwn(settingsShape, row.key)) return
    const checked = storedSettingsShape[row.key as SettingKey].safeParse(json.value)
    if (!checked.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `is not a valid ${row.key} setting (${checked.error.issues[0]?.message ?? 'wrong shape'})`,
      })
    }
  })

export const alertAcknowledgementRowSchema = z
  .object({
    key: z.string().min(1).max(200),
    tier: z.enum(['emergency', 'urgent', 'soon']),
    title: text(2000),
    reason: text(2000),
    advice: text(2000),
    recorded_on: date,
    source_kind: z.enum(['checkin', 'episode', 'setting']),
    source_id: z.number().int().nullable(),
    acknowledged_at: timestamp,
  })
  .strict()

export const pegScoreRowSchema = z
  .object({
    id,
    date,
    pain: score,
    enjoyment: score,
    activity: score,
    created_at: timestamp,
    updated_at: timestamp,
  })
  .strict()

export interface BackupTable {
  /** The table's name in SQLite and in the backup file. */
  name: string
  /** Every column, in the order rows are written back. */
  columns: readonly string[]
  row: z.ZodType<Record<string, unknown>>
  /** A table added after format 1 shipped: older backups lack it and restore it empty. */
  optional?: boolean
  /** Columns holding a local date (or a local time starting with one). */
  dates?: readonly string[]
  /**
   * Rows a person writes and can edit or delete: named in a restore's notice when dated after
   * the day the backup was made (rows of other tables follow them).
   */
  entries?: boolean
}

function table(
  name: string,
  row: z.ZodType<Record<string, unknown>>,
  columns: string[],
  dates: string[] = [],
) {
  return { name, row, columns, dates } satisfies BackupTable
}

function entryTable(
  name: string,
  row: z.ZodType<Record<string, unknown>>,
  columns: string[],
  dates: string[],
) {
  return { ...table(name, row, columns, dates), entries: true } satisfies BackupTable
}

/** Parents first: restore inserts in this order and deletes in the reverse order. */
export const BACKUP_TABLES: readonly BackupTable[] = [
  entryTable(
    'episodes',
    episodeRowSchema,
    [
      'id',
      'started_on',
      'ended_on',
      'region',
      'side',
      'trigger',
      'trigger_note',
      'notes',
      'note_for_doctor',
      'created_at',
      'updated_at',
    ],
    ['started_on', 'ended_on'],
  ),
  entryTable(
    'checkins',
    checkinRowSchema,
    [
      'id',
      'date',
      'slot',
      'recorded_at',
      'pain',
      'stiffness',
      'stiffness_minutes',
      'spasm_frequency',
      'spasm_severity',
      'sleep_interrupted',
      'episode_id',
      'notes',
      'note_for_doctor',
      'created_at',
      'updated_at',
    ],
    ['date'],
  ),
  table('checkin_symptoms', checkinSymptomRowSchema, ['checkin_id', 'code']),
  entryTable(
    'treatments',
    treatmentRowSchema,
    [
      'id',
      'kind',
      'detail',
      'started_at',
      'duration_minutes',
      'pain_before',
      'pain_after',
      'side_effect',
      'episode_id',
      'notes',
      'note_for_doctor',
      'created_at',
      'updated_at',
    ],
    ['started_at'],
  ),
  table('settings', settingRowSchema, ['key', 'value']),
  {
    // Migration 002: backups written before it have no acknowledgements to restore.
    ...table(
      'alert_acknowledgements',
      alertAcknowledgementRowSchema,
      [
        'key',
        'tier',
        'title',
        'reason',
        'advice',
        'recorded_on',
        'source_kind',
        'source_id',
        'acknowledged_at',
      ],
      ['recorded_on'],
    ),
    optional: true,
  },
  {
    // Migration 005: backups written before it have no PEG answers to restore.
    ...entryTable(
      'peg_scores',
      pegScoreRowSchema,
      ['id', 'date', 'pain', 'enjoyment', 'activity', 'created_at', 'updated_at'],
      ['date'],
    ),
    optional: true,
  },
  ...FACTOR_BACKUP_TABLES,
]
