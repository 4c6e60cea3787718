import type { DB } from '../db/database'
import { legSideIn, type LegSide, type LegSides } from '../../shared/clinical/symptoms'
import { AppError } from '../../shared/errors'
import { formatDay } from '../../shared/format'
import type { Checkin, CheckinInput, Slot } from '../../shared/domain/checkin'
import type { DateRange } from '../../shared/domain/common'
import { SLOT_LABELS } from '../../shared/domain/checkin'
import { coveringEpisode } from '../episodes/episode-links'
import { preparedPerConnection } from '../db/statements'
import { selectCamel, type CamelRow } from '../db/table'
import { CHECKINS } from '../db/tables'
import { dayFactorsColumn, parseFactors, saveDayFactors } from '../factors/factors.repo'

type CheckinRow = CamelRow<typeof CHECKINS> & {
  /** JSON array of symptom codes. */
  symptoms: string
  /** JSON object of leg sign code to side, for the signs whose side was recorded. */
  legSides: string
  /** JSON array of factor codes, NULL when not recorded. */
  factors: string | null
}

const COLUMNS = `${selectCamel(CHECKINS, 'c')},
  (SELECT json_group_array(s.code) FROM checkin_symptoms s WHERE s.checkin_id = c.id) AS symptoms,
  (SELECT json_group_object(s.code, s.side) FROM checkin_symptoms s
    WHERE s.checkin_id = c.id AND s.side IS NOT NULL) AS legSides,
  ${dayFactorsColumn('c')} AS factors`

// Newest first: by date, then evening, flare-ups (latest first), morning.
const NEWEST_FIRST = `c.date DESC,
  CASE c.slot WHEN 'evening' THEN 0 WHEN 'other' THEN 1 ELSE 2 END, c.recorded_at DESC, c.id DESC`

function toCheckin(row: CheckinRow): Checkin {
  return {
    ...row,
    sleepInterrupted: row.sleepInterrupted === 1,
    noteForDoctor: row.noteForDoctor === 1,
    symptoms: JSON.parse(row.symptoms) as string[],
    legSides: JSON.parse(row.legSides) as LegSides,
    factors: parseFactors(row.factors),
  }
}

function statements(db: DB) {
  return {
    list: db.prepare<{ from: string; to: string }, CheckinRow>(
      `SELECT ${COLUMNS} FROM checkins c WHERE c.date BETWEEN :from AND :to ORDER BY ${NEWEST_FIRST}`,
    ),
    get: db.prepare<{ id: number }, CheckinRow>(
      `SELECT ${COLUMNS} FROM checkins c WHERE c.id = :id`,
    ),
    findSlot: db.prepare<{ date: string; slot: Slot }, { id: number }>(
      `SELECT id FROM checkins WHERE date = :date AND slot = :slot`,
    ),
    insert: db.prepare(
      `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, stiffness_minutes,
         spasm_frequency, spasm_severity, sleep_interrupted, notes, note_for_doctor, created_at,
         updated_at)
       VALUES (:date, :slot, :now, :pain, :stiffness, :stiffnessMinutes, :spasmFrequency,
         :spasmSeverity, :sleepInterrupted, :notes, :noteForDoctor, :now, :now)`,
    ),
    update: db.prepare(
      `UPDATE checkins SET date = :date, slot = :slot, pain = :pain, stiffness = :stiffness,
         stiffness_minutes = :stiffnessMinutes, spasm_frequency = :spasmFrequency,
         spasm_severity = :spasmSeverity, sleep_interrupted = :sleepInterrupted, notes = :notes,
         note_for_doctor = :noteForDoctor, updated_at = :now
       WHERE id = :id`,
    ),
    remove: db.prepare<{ id: number }>(`DELETE FROM checkins WHERE id = :id`),
    ofEpisode: db.prepare<{ episodeId: number }, CheckinRow>(
      `SELECT ${COLUMNS} FROM checkins c WHERE c.episode_id = :episodeId
       ORDER BY c.date, CASE c.slot WHEN 'morning' THEN 0 WHEN 'other' THEN 1 ELSE 2 END,
         c.recorded_at, c.id`,
    ),
    link: db.prepare<{ id: number }>(
      `UPDATE checkins SET episode_id = ${coveringEpisode('checkins.date')} WHERE id = :id`,
    ),
    clearSymptoms: db.prepare<{ id: number }>(
      `DELETE FROM checkin_symptoms WHERE checkin_id = :id`,
    ),
    addSymptom: db.prepare<{ id: number; code: string; side: LegSide | null }>(
      `INSERT INTO checkin_symptoms (checkin_id, code, side) VALUES (:id, :code, :side)`,
    ),
  }
}

const stmts = preparedPerConnection(statements)

export function listCheckins(db: DB, range: DateRange): Checkin[] {
  return stmts(db).list.all(range).map(toCheckin)
}

/** The check-ins linked to an episode, oldest first (the order of its curve). */
export function listEpisodeCheckins(db: DB, episodeId: number): Checkin[] {
  return stmts(db).ofEpisode.all({ episodeId }).map(toCheckin)
}

export function getCheckin(db: DB, id: number): Checkin | undefined {
  const row = stmts(db).get.get({ id })
  return row && toCheckin(row)
}

export function requireCheckin(db: DB, id: number): Checkin {
  const found = getCheckin(db, id)
  if (!found) throw new AppError('not_found', 'That check-in no longer exists.')
  return found
}

/**
 * Creates a check-in, or replaces the morning/evening entry of its date; `other` entries are
 * always added. With an id it edits that entry, refusing to collide with another one's slot.
 */
export function saveCheckin(db: DB, input: CheckinInput, now: Date): Checkin {
  const s = stmts(db)
  return db.transaction(() => {
    const params = {
      date: input.date,
      slot: input.slot,
      pain: input.pain,
      stiffness: input.stiffness,
      stiffnessMinutes: input.stiffnessMinutes,
      spasmFrequency: input.spasmFrequency,
      spasmSeverity: input.spasmSeverity,
      sleepInterrupted: input.sleepInterrupted ? 1 : 0,
      notes: input.notes,
      noteForDoctor: input.noteForDoctor ? 1 : 0,
      now: now.toISOString(),
    }
    const sameSlot = input.slot === 'other' ? undefined : s.findSlot.get(input)
    let id: number
    if (input.id !== undefined) {
      requireCheckin(db, input.id)
      if (sameSlot && sameSlot.id !== input.id) {
        throw new AppError(
          'conflict',
          `There is already a ${SLOT_LABELS[input.slot].toLowerCase()} check-in for ` +
            `${formatDay(input.date)}. Edit that one instead.`,
          [{ path: 'slot', message: 'Another entry already uses this slot on this date.' }],
        )
      }
      id = input.id
      // Day factors belong to an evening entry; one that becomes another slot loses them.
      if (input.slot !== 'evening') saveDayFactors(db, id, null, now)
      s.update.run({ ...params, id })
    } else if (sameSlot) {
      id = sameSlot.id
      s.update.run({ ...params, id })
    } else {
      id = Number(s.insert.run(params).lastInsertRowid)
    }
    s.link.run({ id })
    s.clearSymptoms.run({ id })
    for (const code of input.symptoms) {
      s.addSymptom.run({ id, code, side: legSideIn(input.legSides, code) })
    }
    if (input.slot === 'evening' && input.factors !== undefined) {
      saveDayFactors(db, id, input.factors, now)
    }
    return requireCheckin(db, id)
  })()
}

export function deleteCheckin(db: DB, id: number): Checkin {
  return db.transaction(() => {
    const existing = requireCheckin(db, id)
    stmts(db).remove.run({ id })
    return existing
  })()
}
