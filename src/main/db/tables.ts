import { z } from 'zod'
import { isIsoDate } from '../../shared/dates'
import { TREATMENT_KINDS } from '../../shared/domain/treatment'
import { legSideSchema, legSidesOf, symptomCodeSchema } from '../../shared/clinical/symptoms'
import { SLOTS } from '../../shared/domain/checkin'
import { REGIONS, SIDES, TRIGGERS } from '../../shared/domain/episode'
import { TEXT_LIMITS } from '../../shared/domain/common'
import { settingsShape, storedSettingsShape, type SettingKey } from '../../shared/domain/settings'
import { factorCodeSchema } from '../../shared/clinical/factors'
import { OUTCOME_CODES, QUESTION_CODES } from '../../shared/clinical/experiments/catalogue'
import {
  EXPERIMENT_MAX_PAIRS,
  EXPERIMENT_MAX_PERIOD_DAYS,
  EXPERIMENT_MAX_WASHOUT_DAYS,
  EXPERIMENT_MIN_PAIRS,
} from '../../shared/clinical/thresholds'
import { defineTable } from './table'

/*
 * Every table the journal keeps, each said once (see ./table.ts). The row schemas are the rows
 * as the database stores them (snake_case columns) and repeat the CHECK constraints of the
 * migrations, so a damaged or edited backup is refused, with the record named, before anything
 * is deleted. A feature that adds a table adds it here and to BACKUP_TABLES.
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
/** The last columns of every entry (episode, check-in, treatment): its notes and when. */
const noted = {
  notes: text(TEXT_LIMITS.notes),
  note_for_doctor: noteForDoctor,
  created_at: timestamp,
  updated_at: timestamp,
}
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local time written as YYYY-MM-DDTHH:MM')
  .refine((v) => isIsoDate(v.slice(0, 10)), 'must be a real date')

const episodeRowSchema = z
  .object({
    id,
    started_on: date,
    ended_on: date.nullable(),
    region: z.enum(REGIONS),
    side: z.enum(SIDES),
    trigger: z.enum(TRIGGERS),
    trigger_note: text(TEXT_LIMITS.triggerNote),
    ...noted,
  })
  .strict()
  .refine((r) => r.ended_on === null || r.ended_on >= r.started_on, {
    message: 'ends before it starts',
    path: ['ended_on'],
  })

const checkinRowSchema = z
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
    ...noted,
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

// Migration 008: backups made before it restore their signs with no side ("side not recorded").
const checkinSymptomRowSchema = z
  .object({
    checkin_id: id,
    code: symptomCodeSchema,
    side: legSideSchema.nullable().default(null),
  })
  .strict()
  .refine((r) => r.side === null || legSidesOf(r.code)?.includes(r.side), {
    message: 'has a side this warning sign cannot record',
    path: ['side'],
  })

const treatmentRowSchema = z
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
    ...noted,
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
const settingRowSchema = z
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

const alertAcknowledgementRowSchema = z
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

const pegScoreRowSchema = z
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

export const EPISODES = defineTable('episodes', episodeRowSchema, {
  dates: ['started_on', 'ended_on'],
  entries: true,
})
export const CHECKINS = defineTable('checkins', checkinRowSchema, {
  dates: ['date'],
  entries: true,
})
export const CHECKIN_SYMPTOMS = defineTable('checkin_symptoms', checkinSymptomRowSchema)
export const TREATMENTS = defineTable('treatments', treatmentRowSchema, {
  dates: ['started_at'],
  entries: true,
})
export const SETTINGS = defineTable('settings', settingRowSchema)
// Migration 002: backups written before it have no acknowledgements to restore.
export const ALERT_ACKNOWLEDGEMENTS = defineTable(
  'alert_acknowledgements',
  alertAcknowledgementRowSchema,
  { dates: ['recorded_on'], optional: true },
)
// Migration 005: backups written before it have no PEG answers to restore.
export const PEG_SCORES = defineTable('peg_scores', pegScoreRowSchema, {
  dates: ['date'],
  optional: true,
  entries: true,
})

/*
 * The factor tables of migration 006. Optional: backups written before the migration restore
 * with no factors recorded.
 */
const onsetChecklistRowSchema = z
  .object({ episode_id: id, other_note: z.string().max(200), answered_at: timestamp })
  .strict()
const onsetFactorRowSchema = z.object({ episode_id: id, code: factorCodeSchema }).strict()
const dayChecklistRowSchema = z.object({ checkin_id: id, answered_at: timestamp }).strict()
const dayFactorRowSchema = z.object({ checkin_id: id, code: factorCodeSchema }).strict()

export const ONSET_CHECKLISTS = defineTable('onset_checklists', onsetChecklistRowSchema, {
  optional: true,
})
export const ONSET_FACTORS = defineTable('onset_factors', onsetFactorRowSchema, { optional: true })
export const DAY_CHECKLISTS = defineTable('day_checklists', dayChecklistRowSchema, {
  optional: true,
})
export const DAY_FACTORS = defineTable('day_factors', dayFactorRowSchema, { optional: true })

/*
 * The experiments of migration 007. Optional: backups written before it restore with none. An
 * experiment's days are its schedule, drawn once: a backup carries them as they are.
 */
const optionName = z
  .string()
  .refine((v) => v.trim().length >= 1 && v.trim().length <= 60, 'must be 1 to 60 characters')
const experimentRowSchema = z
  .object({
    id,
    question: z.enum(QUESTION_CODES),
    option_a: optionName,
    option_b: optionName,
    outcome: z.enum(OUTCOME_CODES),
    starts_on: date,
    ends_on: date,
    pairs: z.number().int().min(EXPERIMENT_MIN_PAIRS).max(EXPERIMENT_MAX_PAIRS),
    period_days: z.number().int().min(1).max(EXPERIMENT_MAX_PERIOD_DAYS),
    washout_days: z.number().int().min(0).max(EXPERIMENT_MAX_WASHOUT_DAYS),
    seed: z.number().int().min(0).max(4294967295),
    status: z.enum(['active', 'stopped']),
    stopped_on: date.nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .strict()
  .refine((r) => r.ends_on >= r.starts_on, { message: 'ends before it starts', path: ['ends_on'] })
  .refine((r) => r.option_a.toLowerCase() !== r.option_b.toLowerCase(), {
    message: 'the two options must differ',
    path: ['option_b'],
  })
  .refine((r) => r.washout_days < r.period_days, {
    message: 'wash-out days must be fewer than the days of a period',
    path: ['washout_days'],
  })
  .refine((r) => (r.status === 'stopped') === (r.stopped_on !== null), {
    message: 'a stop date goes with a stopped experiment, and only with it',
    path: ['stopped_on'],
  })

const experimentDayRowSchema = z
  .object({
    experiment_id: id,
    date,
    option: z.enum(['A', 'B']),
    pair: z.number().int().min(1).max(EXPERIMENT_MAX_PAIRS),
    washout: z.union([z.literal(0), z.literal(1)]),
    adherence: z.enum(['did', 'didnt', 'unrecorded']),
    recorded_at: timestamp.nullable(),
  })
  .strict()
  .refine((r) => (r.adherence === 'unrecorded') === (r.recorded_at === null), {
    message: 'a recording time goes with a recorded day, and only with it',
    path: ['recorded_at'],
  })

// Planned days lie ahead by design: their dates are not entries dated after the backup.
export const EXPERIMENTS = defineTable('experiments', experimentRowSchema, { optional: true })
export const EXPERIMENT_DAYS = defineTable('experiment_days', experimentDayRowSchema, {
  optional: true,
})
