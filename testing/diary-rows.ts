import type { Statement } from 'better-sqlite3'
import type { DB } from '../src/main/db/database'

/** Direct inserts for tests, benchmarks and the e2e harness: features own the real writes. */
const STAMP = '2026-01-01T00:00:00.000Z'

/**
 * Each statement prepared once per connection: preparing compiles the tables' triggers (the
 * daily summary's among them), which would cost more than the insert on every row of a seed.
 */
const cache = new WeakMap<DB, Map<string, Statement>>()
function prepared(db: DB, sql: string): Statement {
  let statements = cache.get(db)
  if (!statements) cache.set(db, (statements = new Map<string, Statement>()))
  let statement = statements.get(sql)
  if (!statement) statements.set(sql, (statement = db.prepare(sql)))
  return statement
}

/*
 * The "show my doctor" mark (migration 004) is written only when a row asks for it, so these
 * helpers still fill journals at older schema versions (the migration and opening tests).
 */
type Marked = { noteForDoctor?: boolean | undefined }
const forDoctorColumn = (row: Marked) =>
  row.noteForDoctor === undefined ? '' : ', note_for_doctor'
const forDoctorValue = (row: Marked) => (row.noteForDoctor === undefined ? '' : ', :forDoctor')
const forDoctorParam = (row: Marked) =>
  row.noteForDoctor === undefined ? {} : { forDoctor: row.noteForDoctor ? 1 : 0 }

/** A stiff morning after a broken night, with a few spasms: a check-in as tests and screens show one. */
export const STIFF_MORNING = {
  slot: 'morning',
  pain: 5,
  stiffness: 6,
  stiffnessMinutes: 40,
  spasmFrequency: 2,
  spasmSeverity: 2,
  sleepInterrupted: true,
} as const

export interface CheckinRowInput {
  date: string
  slot: 'morning' | 'evening' | 'other'
  pain: number
  stiffness: number
  stiffnessMinutes?: number | null
  spasmFrequency?: number
  spasmSeverity?: number | null
  sleepInterrupted?: boolean
  episodeId?: number | null
  notes?: string
  noteForDoctor?: boolean
}

export function insertCheckin(db: DB, c: CheckinRowInput): number {
  const frequency = c.spasmFrequency ?? 0
  return Number(
    prepared(
      db,
      `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, stiffness_minutes,
           spasm_frequency, spasm_severity, sleep_interrupted, episode_id, notes${forDoctorColumn(c)},
           created_at, updated_at)
         VALUES (:date, :slot, :stamp, :pain, :stiffness, :minutes, :frequency, :severity,
           :sleep, :episodeId, :notes${forDoctorValue(c)}, :stamp, :stamp)`,
    ).run({
      date: c.date,
      slot: c.slot,
      stamp: STAMP,
      pain: c.pain,
      stiffness: c.stiffness,
      minutes: c.stiffnessMinutes ?? null,
      frequency,
      severity: c.spasmSeverity ?? (frequency > 0 ? 1 : null),
      sleep: c.sleepInterrupted ? 1 : 0,
      episodeId: c.episodeId ?? null,
      notes: c.notes ?? '',
      ...forDoctorParam(c),
    }).lastInsertRowid,
  )
}

export interface EpisodeRowInput {
  startedOn: string
  endedOn: string | null
  region?: 'lower' | 'mid' | 'upper'
  side?: 'left' | 'right' | 'both' | 'central'
  trigger?: string
  triggerNote?: string
  notes?: string
  noteForDoctor?: boolean
}

export function insertEpisode(db: DB, e: EpisodeRowInput): number {
  return Number(
    prepared(
      db,
      `INSERT INTO episodes (started_on, ended_on, region, side, trigger, trigger_note,
           notes${forDoctorColumn(e)}, created_at, updated_at)
         VALUES (:startedOn, :endedOn, :region, :side, :trigger, :triggerNote,
           :notes${forDoctorValue(e)}, :stamp, :stamp)`,
    ).run({
      startedOn: e.startedOn,
      endedOn: e.endedOn,
      region: e.region ?? 'lower',
      side: e.side ?? 'left',
      trigger: e.trigger ?? 'unknown',
      triggerNote: e.triggerNote ?? '',
      notes: e.notes ?? '',
      ...forDoctorParam(e),
      stamp: STAMP,
    }).lastInsertRowid,
  )
}

export interface TreatmentRowInput {
  kind: string
  startedAt: string
  detail?: string
  durationMinutes?: number | null
  painBefore?: number | null
  painAfter?: number | null
  sideEffect?: string | null
  episodeId?: number | null
  notes?: string
  noteForDoctor?: boolean
}

export function insertTreatment(db: DB, t: TreatmentRowInput): number {
  return Number(
    prepared(
      db,
      `INSERT INTO treatments (kind, detail, started_at, duration_minutes, pain_before,
           pain_after, side_effect, episode_id, notes${forDoctorColumn(t)}, created_at, updated_at)
         VALUES (:kind, :detail, :startedAt, :duration, :before, :after, :sideEffect,
           :episodeId, :notes${forDoctorValue(t)}, :stamp, :stamp)`,
    ).run({
      kind: t.kind,
      detail: t.detail ?? '',
      startedAt: t.startedAt,
      duration: t.durationMinutes ?? null,
      before: t.painBefore ?? null,
      after: t.painAfter ?? null,
      sideEffect: t.sideEffect ?? null,
      episodeId: t.episodeId ?? null,
      notes: t.notes ?? '',
      ...forDoctorParam(t),
      stamp: STAMP,
    }).lastInsertRowid,
  )
}

export interface PegRowInput {
  date: string
  pain: number
  enjoyment: number
  activity: number
}

export function insertPeg(db: DB, p: PegRowInput): number {
  return Number(
    prepared(
      db,
      `INSERT INTO peg_scores (date, pain, enjoyment, activity, created_at, updated_at)
         VALUES (:date, :pain, :enjoyment, :activity, :stamp, :stamp)`,
    ).run({ ...p, stamp: STAMP }).lastInsertRowid,
  )
}

/** An answered "24 hours before" checklist for an episode (an empty list: "none of these"). */
export function insertOnsetFactors(
  db: DB,
  episodeId: number,
  codes: readonly string[],
  otherNote = '',
): void {
  prepared(
    db,
    `INSERT INTO onset_checklists (episode_id, other_note, answered_at) VALUES (?, ?, ?)`,
  ).run(episodeId, otherNote, STAMP)
  const add = prepared(db, `INSERT INTO onset_factors (episode_id, code) VALUES (?, ?)`)
  for (const code of codes) add.run(episodeId, code)
}

/** Today's factors recorded on an evening check-in (an empty list: "none of these"). */
export function insertDayFactors(db: DB, checkinId: number, codes: readonly string[]): void {
  prepared(db, `INSERT INTO day_checklists (checkin_id, answered_at) VALUES (?, ?)`).run(
    checkinId,
    STAMP,
  )
  const add = prepared(db, `INSERT INTO day_factors (checkin_id, code) VALUES (?, ?)`)
  for (const code of codes) add.run(checkinId, code)
}
