import type { DB } from '../db/database'
import { AppError } from '../../shared/errors'
import { toIsoDate } from '../../shared/dates'
import { formatDay } from '../../shared/format'
import type { DateRange } from '../../shared/domain/common'
import type { Peg, PegInput } from '../../shared/domain/peg'
import { pegScore } from '../../shared/clinical/peg'
import { preparedPerConnection } from '../db/statements'

type PegRow = Omit<Peg, 'score'>

const COLUMNS = `p.id, p.date, p.pain, p.enjoyment, p.activity, p.created_at AS createdAt,
  p.updated_at AS updatedAt`

function statements(db: DB) {
  return {
    list: db.prepare<DateRange, PegRow>(
      `SELECT ${COLUMNS} FROM peg_scores p WHERE p.date BETWEEN :from AND :to ORDER BY p.date`,
    ),
    get: db.prepare<{ id: number }, PegRow>(`SELECT ${COLUMNS} FROM peg_scores p WHERE p.id = :id`),
    ofDate: db.prepare<{ date: string }, { id: number }>(
      `SELECT id FROM peg_scores WHERE date = :date`,
    ),
    insert: db.prepare(
      `INSERT INTO peg_scores (date, pain, enjoyment, activity, created_at, updated_at)
       VALUES (:date, :pain, :enjoyment, :activity, :now, :now)`,
    ),
    update: db.prepare(
      `UPDATE peg_scores SET date = :date, pain = :pain, enjoyment = :enjoyment,
         activity = :activity, updated_at = :now
       WHERE id = :id`,
    ),
    remove: db.prepare<{ id: number }>(`DELETE FROM peg_scores WHERE id = :id`),
  }
}
const stmts = preparedPerConnection(statements)

function toPeg(row: PegRow): Peg {
  return { ...row, score: pegScore(row) }
}

/** PEGs answered within the range, oldest first. */
export function listPegs(db: DB, range: DateRange): Peg[] {
  return stmts(db).list.all(range).map(toPeg)
}

export function requirePeg(db: DB, id: number): Peg {
  const row = stmts(db).get.get({ id })
  if (!row) throw new AppError('not_found', 'That PEG answer no longer exists.')
  return toPeg(row)
}

/**
 * Records a PEG, or replaces the one already recorded on its date; with an id, edits that one
 * and refuses to move it onto a date that has another. Dates after today are refused: the PEG
 * is about the week that has passed.
 */
export function savePeg(db: DB, input: PegInput, now: Date): Peg {
  if (input.date > toIsoDate(now)) {
    throw new AppError(
      'invalid_input',
      `${formatDay(input.date)} is in the future; the PEG is about the week that has passed.`,
      [{ path: 'date', message: 'Choose today or an earlier date.' }],
    )
  }
  const s = stmts(db)
  return db.transaction(() => {
    const params = {
      date: input.date,
      pain: input.pain,
      enjoyment: input.enjoyment,
      activity: input.activity,
      now: now.toISOString(),
    }
    const sameDate = s.ofDate.get({ date: input.date })
    let id: number
    if (input.id !== undefined) {
      requirePeg(db, input.id)
      if (sameDate && sameDate.id !== input.id) {
        throw new AppError(
          'conflict',
          `There is already a PEG for ${formatDay(input.date)}. Edit that one instead.`,
          [{ path: 'date', message: 'Another PEG already uses this date.' }],
        )
      }
      id = input.id
      s.update.run({ ...params, id })
    } else if (sameDate) {
      id = sameDate.id
      s.update.run({ ...params, id })
    } else {
      id = Number(s.insert.run(params).lastInsertRowid)
    }
    return requirePeg(db, id)
  })()
}

export function deletePeg(db: DB, id: number): Peg {
  return db.transaction(() => {
    const existing = requirePeg(db, id)
    stmts(db).remove.run({ id })
    return existing
  })()
}
