import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import { toIsoDate } from '../../shared/dates'
import { analyse } from '../../shared/clinical/experiments/analysis'
import { EXPERIMENT_FLARE_START_DAYS } from '../../shared/clinical/thresholds'
import type { ExperimentResult } from '../../shared/domain/experiment'
import { readExperiment, requireExperimentRow } from './experiments.repo'

interface OutcomeRow {
  date: string
  option: 'A' | 'B'
  pair: number
  washout: 0 | 1
  adherence: 'did' | 'didnt' | 'unrecorded'
  flareStart: 0 | 1
  value: number | null
}

/**
 * Each planned day with the diary's value of the chosen outcome. Morning values describe the
 * night after the day's option, so they come from the next morning's check-in. A day is a
 * flare's start when an episode started on it or on one of the :flareDays - 1 days before:
 * asked that way round, the episodes' start index answers it (the day's bounds, not each
 * episode's). Exported for `npm run bench`, which times it raw.
 */
export const EXPERIMENT_OUTCOME_SQL = `
  SELECT d.date, d.option, d.pair, d.washout, d.adherence,
    EXISTS (SELECT 1 FROM episodes ep
            WHERE ep.started_on BETWEEN date(d.date, '-' || (:flareDays - 1) || ' days')
              AND d.date) AS flareStart,
    CASE :outcome
      WHEN 'evening_pain' THEN ev.pain
      WHEN 'spasm_frequency' THEN ev.spasm_frequency
      WHEN 'morning_stiffness' THEN mo.stiffness
      WHEN 'stiffness_minutes' THEN mo.stiffness_minutes
      WHEN 'sleep_interrupted' THEN mo.sleep_interrupted
      WHEN 'pain_after_treatment' THEN (
        SELECT avg(t.pain_after) FROM treatments t
        WHERE t.started_at BETWEEN d.date || 'T00:00' AND d.date || 'T23:59'
          AND t.pain_after IS NOT NULL)
    END AS value
  FROM experiment_days d
  LEFT JOIN checkins ev ON ev.date = d.date AND ev.slot = 'evening'
  LEFT JOIN checkins mo ON mo.date = date(d.date, '+1 day') AND mo.slot = 'morning'
  WHERE d.experiment_id = :id
  ORDER BY d.date`

function statements(db: DB) {
  return {
    outcome: db.prepare<{ id: number; outcome: string; flareDays: number }, OutcomeRow>(
      EXPERIMENT_OUTCOME_SQL,
    ),
  }
}
const stmts = preparedPerConnection(statements)

/**
 * The result so far (docs/clinical-rules.md): days count through today, the last planned day,
 * or the day it was stopped, whichever comes first; a stopped experiment is incomplete.
 */
export function experimentResult(db: DB, id: number, now: Date): ExperimentResult {
  const row = requireExperimentRow(db, id)
  const experiment = readExperiment(db, id, now)
  const today = toIsoDate(now)
  const limits = [today, row.endsOn, ...(row.stoppedOn === null ? [] : [row.stoppedOn])]
  const through = limits.reduce((a, b) => (a < b ? a : b))
  const rows = stmts(db).outcome.all({
    id,
    outcome: row.outcome,
    flareDays: EXPERIMENT_FLARE_START_DAYS,
  })
  const analysis = analyse(
    rows.map((r) => ({ ...r, washout: r.washout === 1, flareStart: r.flareStart === 1 })),
    // Heat vs ice is about a flare's first days, so those days are the ones it counts.
    { through, excludeFlareStart: row.question !== 'heat_vs_ice' },
    row.seed,
  )
  return {
    experiment,
    complete: experiment.status === 'finished',
    a: analysis.a,
    b: analysis.b,
    difference: analysis.difference,
    interval: analysis.interval,
    test: analysis.test,
    finding: analysis.finding,
    days: analysis.days.map((d) => ({
      date: d.date,
      option: d.option,
      pair: d.pair,
      washout: d.washout,
      adherence: d.adherence,
      status: d.status,
      value: d.value,
    })),
  }
}
