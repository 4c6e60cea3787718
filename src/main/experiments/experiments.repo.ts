import { randomInt } from 'node:crypto'
import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import { AppError } from '../../shared/errors'
import { toIsoDate } from '../../shared/dates'
import { formatDay } from '../../shared/format'
import { endsOn } from '../../shared/clinical/experiments/design-dates'
import { planSchedule } from '../../shared/clinical/experiments/schedule'
import { optionNames, questionLabel } from '../../shared/clinical/experiments/catalogue'
import type {
  Experiment,
  ExperimentDay,
  ExperimentDetail,
  ExperimentInput,
} from '../../shared/domain/experiment'

type Row = Omit<Experiment, 'questionLabel' | 'status' | 'today' | 'adherence'> & {
  stored: 'active' | 'stopped'
}
type DayRow = Omit<ExperimentDay, 'washout'> & { washout: 0 | 1 }

const COLUMNS = `e.id, e.question, e.option_a AS optionA, e.option_b AS optionB, e.outcome,
  e.starts_on AS startsOn, e.ends_on AS endsOn, e.pairs, e.period_days AS periodDays,
  e.washout_days AS washoutDays, e.seed, e.status AS stored, e.stopped_on AS stoppedOn,
  e.created_at AS createdAt, e.updated_at AS updatedAt`
const DAY_COLUMNS = `d.date, d.option, d.pair, d.washout, d.adherence`

/** One experiment, by id. */
export const EXPERIMENT_SQL = `SELECT ${COLUMNS} FROM experiments e WHERE e.id = :id`

/** How many of an experiment's days so far were recorded as done, not done, or not at all. */
export const EXPERIMENT_ADHERENCE_SQL = `
  SELECT adherence, count(*) AS n FROM experiment_days
  WHERE experiment_id = :id AND date <= :today GROUP BY adherence`

function statements(db: DB) {
  return {
    list: db.prepare<[], Row>(
      `SELECT ${COLUMNS} FROM experiments e ORDER BY e.starts_on DESC, e.id DESC`,
    ),
    get: db.prepare<{ id: number }, Row>(EXPERIMENT_SQL),
    days: db.prepare<{ id: number }, DayRow>(
      `SELECT ${DAY_COLUMNS} FROM experiment_days d WHERE d.experiment_id = :id ORDER BY d.date`,
    ),
    day: db.prepare<{ id: number; date: string }, DayRow>(
      `SELECT ${DAY_COLUMNS} FROM experiment_days d
       WHERE d.experiment_id = :id AND d.date = :date`,
    ),
    adherence: db.prepare<{ id: number; today: string }, { adherence: string; n: number }>(
      EXPERIMENT_ADHERENCE_SQL,
    ),
    // Only experiments still running can overlap: a stopped one ended on or before today.
    overlapping: db.prepare<{ outcome: string; from: string; to: string }, Row>(
      `SELECT ${COLUMNS} FROM experiments e
       WHERE e.outcome = :outcome AND e.status = 'active'
         AND e.starts_on <= :to AND e.ends_on >= :from`,
    ),
    insert: db.prepare(
      `INSERT INTO experiments (question, option_a, option_b, outcome, starts_on, ends_on, pairs,
         period_days, washout_days, seed, created_at, updated_at)
       VALUES (:question, :optionA, :optionB, :outcome, :startsOn, :endsOn, :pairs, :periodDays,
         :washoutDays, :seed, :now, :now)`,
    ),
    insertDay: db.prepare(
      `INSERT INTO experiment_days (experiment_id, date, option, pair, washout)
       VALUES (:id, :date, :option, :pair, :washout)`,
    ),
    recordDay: db.prepare(
      `UPDATE experiment_days SET adherence = :adherence, recorded_at = :recordedAt
       WHERE experiment_id = :id AND date = :date`,
    ),
    // Counted (not wash-out) days of experiments still running; a stopped one has no more.
    optionsOn: db
      .prepare<{ date: string }, string>(
        `SELECT CASE d.option WHEN 'A' THEN e.option_a ELSE e.option_b END
         FROM experiment_days d JOIN experiments e ON e.id = d.experiment_id
         WHERE d.date = :date AND d.washout = 0 AND e.status = 'active'
         ORDER BY e.starts_on, e.id`,
      )
      .pluck(),
    stop: db.prepare(
      `UPDATE experiments SET status = 'stopped', stopped_on = :today, updated_at = :now
       WHERE id = :id`,
    ),
  }
}
const stmts = preparedPerConnection(statements)

const toDay = (row: DayRow): ExperimentDay => ({ ...row, washout: row.washout === 1 })

function statusOf(row: Row, today: string): Experiment['status'] {
  if (row.stored === 'stopped') return 'stopped'
  if (today < row.startsOn) return 'planned'
  return today > row.endsOn ? 'finished' : 'running'
}

function toExperiment(db: DB, row: Row, today: string): Experiment {
  const { stored, ...rest } = row
  const status = statusOf({ ...rest, stored }, today)
  const counts = { did: 0, didnt: 0, unrecorded: 0 }
  for (const { adherence, n } of stmts(db).adherence.all({ id: row.id, today })) {
    if (adherence === 'did' || adherence === 'didnt' || adherence === 'unrecorded') {
      counts[adherence] = n
    }
  }
  const todayRow = status === 'running' ? stmts(db).day.get({ id: row.id, date: today }) : undefined
  return {
    ...rest,
    questionLabel: questionLabel(row.question, row),
    status,
    today: todayRow ? toDay(todayRow) : null,
    adherence: counts,
  }
}

function requireRow(db: DB, id: number): Row {
  const row = stmts(db).get.get({ id })
  if (!row) throw new AppError('not_found', 'That experiment no longer exists.')
  return row
}

export function listExperiments(db: DB, now: Date): Experiment[] {
  const today = toIsoDate(now)
  return stmts(db)
    .list.all()
    .map((row) => toExperiment(db, row, today))
}

export function readExperiment(db: DB, id: number, now: Date): Experiment {
  return toExperiment(db, requireRow(db, id), toIsoDate(now))
}

export function getExperiment(db: DB, id: number, now: Date): ExperimentDetail {
  return { ...readExperiment(db, id, now), days: stmts(db).days.all({ id }).map(toDay) }
}

/**
 * Creates an experiment and its whole calendar in one transaction. Refused, with nothing
 * written: a start before today, and a running or planned experiment on the same outcome whose
 * days overlap (two experiments would claim the same days' outcome).
 */
export function createExperiment(
  db: DB,
  input: ExperimentInput,
  now: Date,
  seed: number = randomInt(0, 2 ** 32),
): ExperimentDetail {
  const today = toIsoDate(now)
  if (input.startsOn < today) {
    throw new AppError('invalid_input', 'An experiment cannot start in the past.', [
      { path: 'startsOn', message: 'Choose today or a later day.' },
    ])
  }
  const design = { ...input, seed }
  const ends = endsOn(design)
  const s = stmts(db)
  const clash = s.overlapping.get({ outcome: input.outcome, from: input.startsOn, to: ends })
  if (clash) {
    throw new AppError(
      'conflict',
      `“${questionLabel(clash.question, clash)}” already measures this outcome from ${formatDay(clash.startsOn)} to ${formatDay(clash.endsOn)}. Choose another outcome, start after it ends, or stop it first.`,
      [{ path: 'startsOn', message: 'Overlaps another experiment on the same outcome.' }],
    )
  }
  const [optionA, optionB] = optionNames(input.question, {
    optionA: input.optionA ?? '',
    optionB: input.optionB ?? '',
  })
  return db.transaction(() => {
    const id = Number(
      s.insert.run({
        question: input.question,
        optionA,
        optionB,
        outcome: input.outcome,
        startsOn: input.startsOn,
        endsOn: ends,
        pairs: input.pairs,
        periodDays: input.periodDays,
        washoutDays: input.washoutDays,
        seed,
        now: now.toISOString(),
      }).lastInsertRowid,
    )
    for (const day of planSchedule(design)) {
      s.insertDay.run({ id, ...day, washout: day.washout ? 1 : 0 })
    }
    return getExperiment(db, id, now)
  })()
}

/** Records a day's adherence: only for its own days, not after today, not after it stopped. */
export function recordDay(
  db: DB,
  input: { id: number; date: string; adherence: ExperimentDay['adherence'] },
  now: Date,
): ExperimentDay {
  const row = requireRow(db, input.id)
  const day = stmts(db).day.get({ id: input.id, date: input.date })
  const issue = (message: string) => [{ path: 'date', message }]
  if (!day) {
    throw new AppError(
      'invalid_input',
      `${formatDay(input.date)} is not a day of this experiment.`,
      issue('Choose a day between its start and its end.'),
    )
  }
  if (input.date > toIsoDate(now)) {
    throw new AppError(
      'invalid_input',
      `${formatDay(input.date)} has not come yet; record it on the day.`,
      issue('Choose today or an earlier day.'),
    )
  }
  if (row.stoppedOn !== null && input.date > row.stoppedOn) {
    throw new AppError(
      'conflict',
      `This experiment stopped on ${formatDay(row.stoppedOn)}; later days are not part of it.`,
      issue('Choose a day before it stopped.'),
    )
  }
  const recordedAt = input.adherence === 'unrecorded' ? null : now.toISOString()
  stmts(db).recordDay.run({ ...input, recordedAt })
  return toDay({ ...day, adherence: input.adherence })
}

/**
 * The option of each experiment running on `date` (the reminders say it); none on a wash-out
 * day, before an experiment starts, after it ends or once it was stopped.
 */
export function optionsOn(db: DB, date: string): string[] {
  return stmts(db).optionsOn.all({ date })
}

/** Stops an experiment today; one that has already finished or stopped is left as it is. */
export function stopExperiment(db: DB, id: number, now: Date): Experiment {
  const today = toIsoDate(now)
  return db.transaction(() => {
    const row = requireRow(db, id)
    const status = statusOf(row, today)
    if (status === 'stopped' || status === 'finished') {
      throw new AppError(
        'conflict',
        `This experiment has already ${status}; there is nothing to stop.`,
      )
    }
    stmts(db).stop.run({ id, today, now: now.toISOString() })
    return toExperiment(db, requireRow(db, id), today)
  })()
}

export { requireRow as requireExperimentRow }
