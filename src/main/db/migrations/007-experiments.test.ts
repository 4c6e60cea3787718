import { describe, expect, it } from 'vitest'
import { OUTCOME_CODES, QUESTION_CODES } from '../../../shared/clinical/experiments/catalogue'
import {
  EXPERIMENT_MAX_PAIRS,
  EXPERIMENT_MAX_PERIOD_DAYS,
  EXPERIMENT_MAX_WASHOUT_DAYS,
  EXPERIMENT_MIN_PAIRS,
} from '../../../shared/clinical/thresholds'
import {
  expectUpgradeFromPrevious,
  migratedPerTest,
  rowCount,
  strictTables,
} from '../../../../testing/migration-db'
import { migration007 } from './007-experiments'
import { migrations } from './index'

const NOW = '2026-12-07T08:00:00.000Z'
const fresh = migratedPerTest(migration007)

const good = {
  question: 'stretch_routine',
  option_a: 'Stretch routine',
  option_b: 'No stretch routine',
  outcome: 'evening_pain',
  starts_on: '2026-12-07',
  ends_on: '2027-01-11',
  pairs: 6,
  period_days: 3,
  washout_days: 1,
  seed: 4294967295,
  status: 'active',
  stopped_on: null,
}
function experiment(over: Partial<Record<keyof typeof good, unknown>> = {}): number {
  return Number(
    fresh.db
      .prepare(
        `INSERT INTO experiments (question, option_a, option_b, outcome, starts_on, ends_on,
           pairs, period_days, washout_days, seed, status, stopped_on, created_at, updated_at)
         VALUES (:question, :option_a, :option_b, :outcome, :starts_on, :ends_on, :pairs,
           :period_days, :washout_days, :seed, :status, :stopped_on, '${NOW}', '${NOW}')`,
      )
      .run({ ...good, ...over }).lastInsertRowid,
  )
}
const day = (experimentId: number, over: Record<string, unknown> = {}) =>
  fresh.db
    .prepare(
      `INSERT INTO experiment_days (experiment_id, date, option, pair, washout, adherence,
         recorded_at)
       VALUES (:experimentId, :date, :option, :pair, :washout, :adherence, :recordedAt)`,
    )
    .run({
      experimentId,
      date: '2026-12-07',
      option: 'A',
      pair: 1,
      washout: 1,
      adherence: 'unrecorded',
      recordedAt: null,
      ...over,
    })
const count = (table: string) => rowCount(fresh.db, table)

describe('migration 007: experiments and their days', () => {
  it('is registered at its version', () => {
    expect(migrations.indexOf(migration007)).toBe(migration007.version - 1)
  })

  it('creates two STRICT tables', () => {
    expect(strictTables(fresh.db, ['experiments', 'experiment_days'])).toEqual([
      { name: 'experiment_days', strict: 1 },
      { name: 'experiments', strict: 1 },
    ])
  })

  it('keeps a design with its days, and refuses a second plan for the same date', () => {
    const id = experiment()
    day(id)
    day(id, { date: '2026-12-08', adherence: 'did', recordedAt: NOW, washout: 0 })
    expect(count('experiment_days')).toBe(2)
    expect(() => day(id)).toThrow(/UNIQUE|PRIMARY KEY/)
    expect(() => day(999, { date: '2026-12-09' })).toThrow(/FOREIGN KEY/)
  })

  it.each([
    ['an unknown question', { question: 'ibuprofen' }],
    ['an unknown outcome', { outcome: 'mood' }],
    ['an empty option', { option_a: '  ' }],
    ['the same option twice', { option_b: 'stretch ROUTINE' }],
    ['too few pairs', { pairs: EXPERIMENT_MIN_PAIRS - 1 }],
    ['too many pairs', { pairs: EXPERIMENT_MAX_PAIRS + 1 }],
    ['a long period', { period_days: EXPERIMENT_MAX_PERIOD_DAYS + 1 }],
    ['too long a wash-out', { washout_days: EXPERIMENT_MAX_WASHOUT_DAYS + 1, period_days: 7 }],
    ['a wash-out as long as the period', { washout_days: 3 }],
    ['an end before the start', { ends_on: '2026-12-06' }],
    ['an impossible date', { starts_on: '2026-02-30' }],
    ['a seed beyond 32 bits', { seed: 2 ** 32 }],
    ['stopped without a date', { status: 'stopped' }],
    ['a stop date while active', { stopped_on: '2026-12-09' }],
    ['text in a number', { pairs: 'six' }],
  ])('refuses %s', (_label, over) => {
    expect(() => experiment(over)).toThrow(/CHECK|cannot store|datatype/)
    expect(count('experiments')).toBe(0)
  })

  it.each([
    ['an option other than A or B', { option: 'C' }],
    ['an unknown adherence', { adherence: 'maybe' }],
    ['a recorded adherence without its time', { adherence: 'did' }],
    ['a time without adherence', { recordedAt: NOW }],
    ['pair 0', { pair: 0 }],
  ])('refuses a day with %s', (_label, over) => {
    const id = experiment()
    expect(() => day(id, over)).toThrow(/CHECK/)
  })

  it('removes the days with their experiment', () => {
    const id = experiment()
    day(id)
    fresh.db.prepare('DELETE FROM experiments').run()
    expect(count('experiment_days')).toBe(0)
  })

  it('lists exactly the catalogue and the limits of the thresholds', () => {
    const sql = String(
      fresh.db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'experiments'`).pluck().get(),
    )
    const listed = (column: string) =>
      [...(sql.split(`${column} IN (`)[1]?.split(')')[0] ?? '').matchAll(/'([a-z_]+)'/g)].map(
        (m) => m[1],
      )
    expect(listed('question')).toEqual([...QUESTION_CODES])
    expect(listed('outcome')).toEqual([...OUTCOME_CODES])
    expect(sql).toContain(`pairs BETWEEN ${EXPERIMENT_MIN_PAIRS} AND ${EXPERIMENT_MAX_PAIRS}`)
    expect(sql).toContain(`period_days BETWEEN 1 AND ${EXPERIMENT_MAX_PERIOD_DAYS}`)
    expect(sql).toContain(`washout_days BETWEEN 0 AND ${EXPERIMENT_MAX_WASHOUT_DAYS}`)
  })

  it('upgrades a diary of the previous version without touching its entries', () => {
    expectUpgradeFromPrevious(
      migration007,
      (old) =>
        old
          .prepare(
            `INSERT INTO peg_scores (date, pain, enjoyment, activity, created_at, updated_at)
             VALUES ('2026-11-30', 5, 4, 3, '${NOW}', '${NOW}')`,
          )
          .run(),
      (upgraded) => {
        expect(upgraded.prepare('SELECT pain FROM peg_scores').pluck().all()).toEqual([5])
        expect(rowCount(upgraded, 'experiments')).toBe(0)
      },
    )
  })
})
