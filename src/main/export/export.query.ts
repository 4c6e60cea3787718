import type { DB } from '../db/database'
import type { DateRange } from '../../shared/domain/common'
import { pegScore } from '../../shared/clinical/peg'
import { LEG_SIGN_CODES } from '../../shared/clinical/symptoms'
import { toCsv, type CsvValue } from './csv'
import type { Table as StoredTable } from '../db/table'
import { CHECKINS, EPISODES, PEG_SCORES, TREATMENTS } from '../db/tables'
import { experimentsOverIn, testedExperiment } from '../experiments/tested-experiments.query'

interface SqlTable {
  header: string[]
  sql: string
  /** Adds the columns a rule computes (not SQL) to each row. */
  finish?: (row: CsvValue[]) => CsvValue[]
}

/** A table whose rows come from a computed result (an experiment's analysis), not one query. */
interface ComputedTable {
  header: string[]
  rows: (db: DB, range: DateRange, now: Date) => CsvValue[][]
}

type Table = SqlTable | ComputedTable

/**
 * Factor codes separated by spaces; "none" for a checklist answered with nothing ticked, empty
 * when it was never answered (the two mean different things to the Insights page).
 */
function factorsCell(checklists: string, factors: string, key: string, owner: string): string {
  return `(SELECT coalesce((SELECT group_concat(code, ' ') FROM (
      SELECT f.code FROM ${factors} f WHERE f.${key} = l.${key} ORDER BY f.code)), 'none')
    FROM ${checklists} l WHERE l.${key} = ${owner})`
}

/**
 * A table's columns as its CSV holds them: all but the timestamps, in the table's order, with
 * the computed ones (symptoms, factors) placed before the notes.
 */
function columnsOf(
  table: StoredTable,
  alias: string,
  computed: Record<string, string> = {},
): Pick<Table, 'header'> & { select: string } {
  const own = table.columns.filter((c) => c !== 'created_at' && c !== 'updated_at')
  const at = own.includes('notes') ? own.indexOf('notes') : own.length
  const column = (c: string): [string, string] => [c, `${alias}.${c}`]
  const all = [
    ...own.slice(0, at).map(column),
    ...Object.entries(computed),
    ...own.slice(at).map(column),
  ]
  return { header: all.map(([name]) => name), select: all.map(([, sql]) => sql).join(', ') }
}

function csvTable(
  columns: ReturnType<typeof columnsOf>,
  from: string,
  finish?: SqlTable['finish'],
): SqlTable {
  return {
    header: columns.header,
    sql: `SELECT ${columns.select} ${from}`,
    ...(finish ? { finish } : {}),
  }
}

/** The leg signs as a SQL string literal (codes are lower-case letters and underscores). */
const LEG_SIGNS_JSON = `'${JSON.stringify(LEG_SIGN_CODES)}'`

/** What each CSV holds: column names as in the database, ISO dates, one row per record. */
const TABLES = {
  checkins: csvTable(
    columnsOf(CHECKINS, 'c', {
      symptoms: `(SELECT group_concat(code, ' ') FROM (
          SELECT s.code FROM checkin_symptoms s WHERE s.checkin_id = c.id ORDER BY s.code))`,
      // Which leg each leg sign is about (docs/clinical-rules.md#which-leg), as code=side;
      // a sign ticked without a side says so rather than being left out.
      symptom_sides: `(SELECT group_concat(code || '=' || side, ' ') FROM (
          SELECT s.code, coalesce(s.side, 'not_recorded') AS side FROM checkin_symptoms s
          WHERE s.checkin_id = c.id AND s.code IN (SELECT value FROM json_each(${LEG_SIGNS_JSON}))
          ORDER BY s.code))`,
      factors: factorsCell('day_checklists', 'day_factors', 'checkin_id', 'c.id'),
    }),
    `FROM checkins c WHERE c.date BETWEEN :from AND :to
      ORDER BY c.date, CASE c.slot WHEN 'morning' THEN 0 WHEN 'other' THEN 1 ELSE 2 END,
        c.recorded_at, c.id`,
  ),
  episodes: csvTable(
    columnsOf(EPISODES, 'e', {
      onset_factors: factorsCell('onset_checklists', 'onset_factors', 'episode_id', 'e.id'),
      onset_other_note: '(SELECT l.other_note FROM onset_checklists l WHERE l.episode_id = e.id)',
    }),
    `FROM episodes e
      WHERE e.started_on <= :to AND (e.ended_on IS NULL OR e.ended_on >= :from)
      ORDER BY e.started_on, e.id`,
  ),
  treatments: csvTable(
    columnsOf(TREATMENTS, 't'),
    `FROM treatments t
      WHERE t.started_at >= :from AND t.started_at < date(:to, '+1 day')
      ORDER BY t.started_at, t.id`,
  ),
  // Weekly PEG-3 answers, with the score computed by the one pegScore rule.
  peg: csvTable(
    { ...columnsOf(PEG_SCORES, 'p'), header: [...columnsOf(PEG_SCORES, 'p').header, 'score'] },
    `FROM peg_scores p WHERE p.date BETWEEN :from AND :to ORDER BY p.date`,
    ([id, date, pain, enjoyment, activity]) => [
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
  ),
  // "What I tested": experiments finished or stopped in the period, as the summary shows them.
  experiments: {
    header: [
      'id',
      'question',
      'question_label',
      'option_a',
      'option_b',
      'outcome',
      'starts_on',
      'ends_on',
      'pairs',
      'period_days',
      'washout_days',
      'seed',
      'status',
      'stopped_on',
      'complete',
      'days_did',
      'days_didnt',
      'days_unrecorded',
      'counted_a',
      'mean_a',
      'counted_b',
      'mean_b',
      'difference_a_minus_b',
      'interval_low',
      'interval_high',
      'test_method',
      'schedules',
      'at_least_as_extreme',
      'p_value',
      'result',
    ],
    rows: (db, range, now) =>
      experimentsOverIn(db, range, now).map((result) => {
        const e = result.experiment
        const t = testedExperiment(result)
        return [
          e.id,
          e.question,
          e.questionLabel,
          e.optionA,
          e.optionB,
          e.outcome,
          e.startsOn,
          e.endsOn,
          e.pairs,
          e.periodDays,
          e.washoutDays,
          e.seed,
          e.status,
          e.stoppedOn,
          result.complete ? 1 : 0,
          t.adherence.did,
          t.adherence.didnt,
          t.adherence.unrecorded,
          result.a.n,
          round(result.a.mean),
          result.b.n,
          round(result.b.mean),
          round(result.difference),
          round(result.interval?.low ?? null),
          round(result.interval?.high ?? null),
          result.test?.method ?? null,
          result.test?.schedules ?? null,
          result.test?.atLeastAsExtreme ?? null,
          round(result.test?.pValue ?? null, 4),
          [t.headline, t.chance].filter(Boolean).join(' '),
        ]
      }),
  },
  // Every planned day of those experiments, with the diary's outcome and whether it counted.
  experiment_days: {
    header: [
      'experiment_id',
      'date',
      'option',
      'option_name',
      'pair',
      'washout',
      'adherence',
      'outcome_value',
      'day_status',
    ],
    rows: (db, range, now) =>
      experimentsOverIn(db, range, now).flatMap(({ experiment: e, days }) =>
        days.map((d) => [
          e.id,
          d.date,
          d.option,
          d.option === 'A' ? e.optionA : e.optionB,
          d.pair,
          d.washout ? 1 : 0,
          d.adherence,
          d.value,
          d.status,
        ]),
      ),
  },
} satisfies Record<string, Table>

export type CsvTable = keyof typeof TABLES
export const CSV_TABLES = Object.keys(TABLES) as CsvTable[]

function round(value: number | null, digits = 2): number | null {
  return value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits
}

/** One table of the period as RFC 4180 text; `now` tells which experiments are over. */
export function tableCsv(db: DB, table: CsvTable, range: DateRange, now: Date): string {
  const spec: Table = TABLES[table]
  if ('rows' in spec) return toCsv(spec.header, spec.rows(db, range, now))
  const rows = db.prepare<DateRange, CsvValue[]>(spec.sql).raw(true).all(range)
  return toCsv(spec.header, spec.finish ? rows.map(spec.finish) : rows)
}
