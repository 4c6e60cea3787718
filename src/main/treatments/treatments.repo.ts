import type { DB } from '../db/database'
import { coveringEpisode } from '../episodes/episode-links'
import { AppError } from '../../shared/errors'
import { MEANINGFUL_DROP_PARAMS } from '../clinical/meaningful-drop'
import { treatmentGroups, type SessionSums } from '../../shared/clinical/treatment-evidence'
import type {
  EffectivenessQuery,
  KindEffectiveness,
  Treatment,
  TreatmentInput,
  TreatmentQuery,
} from '../../shared/domain/treatment'
import { preparedPerConnection } from '../db/statements'
import { SESSION_SUMS, byKindAndMedication } from './session-groups'

const COLUMNS = `
  t.id, t.kind, t.detail, t.started_at AS startedAt, t.duration_minutes AS durationMinutes,
  t.pain_before AS painBefore, t.pain_after AS painAfter, t.side_effect AS sideEffect,
  t.episode_id AS episodeId, t.notes, t.note_for_doctor AS noteForDoctor,
  t.created_at AS createdAt, t.updated_at AS updatedAt`

// A range of local dates covers every minute of its last day: 'YYYY-MM-DD' < 'YYYY-MM-DDTHH:MM'.
const IN_RANGE = `t.started_at >= :from AND t.started_at < :to || 'U'`

type TreatmentRow = Omit<Treatment, 'noteForDoctor'> & { noteForDoctor: 0 | 1 }

function toTreatment(row: TreatmentRow): Treatment {
  return { ...row, noteForDoctor: row.noteForDoctor === 1 }
}

interface EffectivenessRow extends SessionSums {
  sideEffectCount: number
  /** JSON array of the distinct side effects reported. */
  sideEffects: string
}

interface ListParams {
  from: string
  to: string
  kind: string | null
  episodeId: number | null
}

interface WriteParams {
  kind: string
  detail: string
  startedAt: string
  durationMinutes: number | null
  painBefore: number | null
  painAfter: number | null
  sideEffect: string | null
  notes: string
  noteForDoctor: 0 | 1
  now: string
}

const EPISODE_OF_START = coveringEpisode('substr(:startedAt, 1, 10)')

/**
 * One row per kind that has sessions, and per medication detail as typed (spellings of one
 * name are joined by treatmentGroups), with the kind's side effects. Exported for the plan
 * tests of migrations 012 and 013.
 */
export const TREATMENT_EFFECTIVENESS_SQL = byKindAndMedication(
  (detail) => `${detail} AS detail, ${SESSION_SUMS},
     count(t.side_effect) AS sideEffectCount,
     coalesce((SELECT json_group_array(text) FROM (
         SELECT DISTINCT s.side_effect AS text FROM treatments s
         WHERE s.kind = t.kind AND s.side_effect IS NOT NULL
           AND (s.kind <> 'medication' OR s.detail = t.detail)
           AND s.started_at >= :from AND s.started_at < :to || 'U'
         ORDER BY s.side_effect COLLATE NOCASE)), '[]') AS sideEffects`,
  IN_RANGE,
)

function statements(db: DB) {
  return {
    list: db.prepare<ListParams, TreatmentRow>(
      `SELECT ${COLUMNS} FROM treatments t
       WHERE ${IN_RANGE}
         AND (:kind IS NULL OR t.kind = :kind)
         AND (:episodeId IS NULL OR t.episode_id = :episodeId)
       ORDER BY t.started_at DESC, t.id DESC`,
    ),
    get: db.prepare<{ id: number }, TreatmentRow>(
      `SELECT ${COLUMNS} FROM treatments t WHERE t.id = :id`,
    ),
    insert: db.prepare<WriteParams>(
      `INSERT INTO treatments (kind, detail, started_at, duration_minutes, pain_before,
         pain_after, side_effect, episode_id, notes, note_for_doctor, created_at, updated_at)
       VALUES (:kind, :detail, :startedAt, :durationMinutes, :painBefore, :painAfter,
         :sideEffect, ${EPISODE_OF_START}, :notes, :noteForDoctor, :now, :now)`,
    ),
    update: db.prepare<WriteParams & { id: number }>(
      `UPDATE treatments SET kind = :kind, detail = :detail, started_at = :startedAt,
         duration_minutes = :durationMinutes, pain_before = :painBefore, pain_after = :painAfter,
         side_effect = :sideEffect, episode_id = ${EPISODE_OF_START}, notes = :notes,
         note_for_doctor = :noteForDoctor, updated_at = :now
       WHERE id = :id`,
    ),
    remove: db.prepare<{ id: number }>(`DELETE FROM treatments WHERE id = :id`),
    effectiveness: db.prepare<
      { from: string; to: string } & typeof MEANINGFUL_DROP_PARAMS,
      EffectivenessRow
    >(TREATMENT_EFFECTIVENESS_SQL),
  }
}

const stmts = preparedPerConnection(statements)

export function listTreatments(db: DB, query: TreatmentQuery): Treatment[] {
  return stmts(db)
    .list.all({
      from: query.from,
      to: query.to,
      kind: query.kind ?? null,
      episodeId: query.episodeId ?? null,
    })
    .map(toTreatment)
}

export function getTreatment(db: DB, id: number): Treatment | undefined {
  const row = stmts(db).get.get({ id })
  return row && toTreatment(row)
}

export function requireTreatment(db: DB, id: number): Treatment {
  const found = getTreatment(db, id)
  if (!found) throw new AppError('not_found', 'That treatment entry no longer exists.')
  return found
}

/**
 * Creates a treatment session, or edits the one named by `input.id`. Its episode is the one
 * whose dates cover the session's start, like a check-in's.
 */
export function saveTreatment(db: DB, input: TreatmentInput, now: Date): Treatment {
  const s = stmts(db)
  return db.transaction(() => {
    const existing = input.id === undefined ? undefined : requireTreatment(db, input.id)
    const params: WriteParams = {
      kind: input.kind,
      detail: input.detail,
      startedAt: input.startedAt,
      durationMinutes: input.durationMinutes,
      painBefore: input.painBefore,
      painAfter: input.painAfter,
      sideEffect: input.sideEffect,
      notes: input.notes,
      noteForDoctor: input.noteForDoctor ? 1 : 0,
      now: now.toISOString(),
    }
    let id: number
    if (existing) {
      id = existing.id
      s.update.run({ ...params, id })
    } else {
      id = Number(s.insert.run(params).lastInsertRowid)
    }
    return requireTreatment(db, id)
  })()
}

export function deleteTreatment(db: DB, id: number): Treatment {
  return db.transaction(() => {
    const existing = requireTreatment(db, id)
    stmts(db).remove.run({ id })
    return existing
  })()
}

/**
 * What works, per kind with at least one session and per medication name, most-used first.
 * Rows with fewer than
 * MIN_RATED_SESSIONS rated sessions get a "not enough data" marker instead of numbers
 * (`treatmentEvidence`, the report's rule too).
 */
export function treatmentEffectiveness(db: DB, query: EffectivenessQuery): KindEffectiveness[] {
  const rows = stmts(db).effectiveness.all({
    from: query.from ?? '0000-00-00',
    to: query.to ?? '9999-99-99',
    ...MEANINGFUL_DROP_PARAMS,
  })
  return treatmentGroups(rows).map((group) => {
    const sideEffects = new Set(group.parts.flatMap((r) => JSON.parse(r.sideEffects) as string[]))
    return {
      kind: group.kind,
      name: group.name,
      sessions: group.sessions,
      ratedSessions: group.rated,
      sideEffectCount: group.parts.reduce((n, r) => n + r.sideEffectCount, 0),
      sideEffects: [...sideEffects].sort((a, b) =>
        a.localeCompare(b, undefined, { sensitivity: 'base' }),
      ),
      effect: group.effect,
    }
  })
}
