import type { DB } from '../db/database'
import type { DateRange } from '../../shared/domain/common'
import { pegScore } from '../../shared/clinical/peg'
import { toCsv, type CsvValue } from './csv'

interface Table {
  header: string[]
  sql: string
  /** Adds the columns a rule computes (not SQL) to each row. */
  finish?: (row: CsvValue[]) => CsvValue[]
}

/**
 * Factor codes separated by spaces; "none" for a checklist answered with nothing ticked, empty
 * when it was never answered (the two mean different things to the Insights page).
 */
function factorsCell(checklists: string, factors: string, key: string, owner: string): string {
  return `(SELECT coalesce((SELECT group_concat(code, ' ') FROM (
      SELECT f.code FROM ${factors} f WHERE f.${key} = l.${key} ORDER BY f.code)), 'none')
    FROM ${checklists} l WHERE l.${key} = ${owner})`
}

/** What each CSV holds: column names as in the database, ISO dates, one row per record. */
const TABLES = {
  checkins: {
    header: [
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
      'symptoms',
      'factors',
      'notes',
      'note_for_doctor',
    ],
    sql: `SELECT c.id, c.date, c.slot, c.recorded_at, c.pain, c.stiffness, c.stiffness_minutes,
        c.spasm_frequency, c.spasm_severity, c.sleep_interrupted, c.episode_id,
        (SELECT group_concat(code, ' ') FROM (
          SELECT s.code FROM checkin_symptoms s WHERE s.checkin_id = c.id ORDER BY s.code)),
        ${factorsCell('day_checklists', 'day_factors', 'checkin_id', 'c.id')},
        c.notes, c.note_for_doctor
      FROM checkins c WHERE c.date BETWEEN :from AND :to
      ORDER BY c.date, CASE c.slot WHEN 'morning' THEN 0 WHEN 'other' THEN 1 ELSE 2 END,
        c.recorded_at, c.id`,
  },
  episodes: {
    header: [
      'id',
      'started_on',
      'ended_on',
      'region',
      'side',
      'trigger',
      'trigger_note',
      'onset_factors',
      'onset_other_note',
      'notes',
      'note_for_doctor',
    ],
    sql: `SELECT e.id, e.started_on, e.ended_on, e.region, e.side, e.trigger, e.trigger_note,
        ${factorsCell('onset_checklists', 'onset_factors', 'episode_id', 'e.id')},
        (SELECT l.other_note FROM onset_checklists l WHERE l.episode_id = e.id),
        e.notes, e.note_for_doctor
      FROM episodes e
      WHERE e.started_on <= :to AND (e.ended_on IS NULL OR e.ended_on >= :from)
      ORDER BY e.started_on, e.id`,
  },
  treatments: {
    header: [
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
    ],
    sql: `SELECT t.id, t.kind, t.detail, t.started_at, t.duration_minutes, t.pain_before,
        t.pain_after, t.side_effect, t.episode_id, t.notes, t.note_for_doctor
      FROM treatments t
      WHERE t.started_at >= :from AND t.started_at < date(:to, '+1 day')
      ORDER BY t.started_at, t.id`,
  },
  // Weekly PEG-3 answers, with the score computed by the one pegScore rule.
  peg: {
    header: ['id', 'date', 'pain', 'enjoyment', 'activity', 'score'],
    sql: `SELECT p.id, p.date, p.pain, p.enjoyment, p.activity
      FROM peg_scores p WHERE p.date BETWEEN :from AND :to
      ORDER BY p.date`,
    finish: ([id, date, pain, enjoyment, activity]) => [
      id ?? null,
      date ?? null,
      pain ?? null,
      enjoyment ?? null,
      activity ?? null,
      Math.round(
        pegScore({ pain: Number(pain), enjoyment: Number(enjoyment), activity: Number(activity) }) *
          100,
      ) / 100,
    ],
  },
} satisfies Record<string, Table>

export type CsvTable = keyof typeof TABLES
export const CSV_TABLES = Object.keys(TABLES) as CsvTable[]

/** One table of the period as RFC 4180 text. */
export function tableCsv(db: DB, table: CsvTable, range: DateRange): string {
  const { header, sql, finish } = TABLES[table] as Table
  const rows = db.prepare<DateRange, CsvValue[]>(sql).raw(true).all(range)
  return toCsv(header, finish ? rows.map(finish) : rows)
}
