import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import { FACTOR_CODES, type FactorCode } from '../../shared/clinical/factors'
import type { OnsetFactorsAnswer, OnsetFactorsInput } from '../../shared/domain/factors'

/**
 * The factor checklists of migration 006. Callers run these inside the transaction that saves
 * the episode or check-in they belong to, so an entry and its factors land together.
 */
function statements(db: DB) {
  return {
    onset: db.prepare<
      { episodeId: number },
      { otherNote: string; answeredAt: string; factors: string }
    >(
      `SELECT l.other_note AS otherNote, l.answered_at AS answeredAt,
         (SELECT json_group_array(f.code) FROM onset_factors f WHERE f.episode_id = l.episode_id)
           AS factors
       FROM onset_checklists l WHERE l.episode_id = :episodeId`,
    ),
    clearOnset: db.prepare<{ episodeId: number }>(
      `DELETE FROM onset_checklists WHERE episode_id = :episodeId`,
    ),
    addOnset: db.prepare<{ episodeId: number; otherNote: string; now: string }>(
      `INSERT INTO onset_checklists (episode_id, other_note, answered_at)
       VALUES (:episodeId, :otherNote, :now)`,
    ),
    addOnsetFactor: db.prepare<{ episodeId: number; code: string }>(
      `INSERT INTO onset_factors (episode_id, code) VALUES (:episodeId, :code)`,
    ),
    clearDay: db.prepare<{ checkinId: number }>(
      `DELETE FROM day_checklists WHERE checkin_id = :checkinId`,
    ),
    addDay: db.prepare<{ checkinId: number; now: string }>(
      `INSERT INTO day_checklists (checkin_id, answered_at) VALUES (:checkinId, :now)`,
    ),
    addDayFactor: db.prepare<{ checkinId: number; code: string }>(
      `INSERT INTO day_factors (checkin_id, code) VALUES (:checkinId, :code)`,
    ),
  }
}

const stmts = preparedPerConnection(statements)

/**
 * A check-in's day factors as one column of its row: NULL when not recorded that evening, else
 * a JSON array (possibly empty). `checkin` names the check-ins table's alias in the query.
 */
export function dayFactorsColumn(checkin: string): string {
  return `(SELECT coalesce((SELECT json_group_array(f.code) FROM day_factors f
      WHERE f.checkin_id = d.checkin_id), '[]')
    FROM day_checklists d WHERE d.checkin_id = ${checkin}.id)`
}

/** The stored JSON list in catalogue order, or null when not recorded. */
export function parseFactors(json: string | null): FactorCode[] | null {
  if (json === null) return null
  const codes = JSON.parse(json) as string[]
  return FACTOR_CODES.filter((code) => codes.includes(code))
}

export function getOnsetFactors(db: DB, episodeId: number): OnsetFactorsAnswer {
  const row = stmts(db).onset.get({ episodeId })
  if (!row) return null
  return {
    factors: parseFactors(row.factors) ?? [],
    otherNote: row.otherNote,
    answeredAt: row.answeredAt,
  }
}

/** Replaces an episode's checklist; null removes the answer ("not answered"). */
export function saveOnsetFactors(
  db: DB,
  episodeId: number,
  input: OnsetFactorsInput | null,
  now: Date,
): void {
  const s = stmts(db)
  s.clearOnset.run({ episodeId })
  if (input === null) return
  s.addOnset.run({ episodeId, otherNote: input.otherNote, now: now.toISOString() })
  for (const code of input.factors) s.addOnsetFactor.run({ episodeId, code })
}

/** Replaces an evening check-in's factors; null removes them ("not recorded"). */
export function saveDayFactors(
  db: DB,
  checkinId: number,
  factors: readonly FactorCode[] | null,
  now: Date,
): void {
  const s = stmts(db)
  s.clearDay.run({ checkinId })
  if (factors === null) return
  s.addDay.run({ checkinId, now: now.toISOString() })
  for (const code of factors) s.addDayFactor.run({ checkinId, code })
}
