import type { DB } from '../db/database'
import { preparedPerConnection } from '../db/statements'
import { toIsoDate } from '../../shared/dates'
import type { DateRange } from '../../shared/domain/common'
import type { ExperimentResult } from '../../shared/domain/experiment'
import type { TestedExperiment } from '../../shared/domain/report'
import { OUTCOMES } from '../../shared/clinical/experiments/catalogue'
import { adherenceWords, designWords, resultWords } from '../../shared/clinical/experiments/wording'
import { experimentResult } from './experiment-result.query'

/**
 * The experiments over by `today` (stopped, or past their last day) whose last day lies in the
 * period; one stopped before its first day never ran and has nothing to tell.
 */
export const EXPERIMENTS_OVER_SQL = `
  SELECT id FROM experiments
  WHERE coalesce(stopped_on, ends_on) BETWEEN :from AND :to
    AND coalesce(stopped_on, ends_on) >= starts_on
    AND (status = 'stopped' OR ends_on < :today)
  ORDER BY coalesce(stopped_on, ends_on), id`

function statements(db: DB) {
  return {
    ids: db.prepare<DateRange & { today: string }, number>(EXPERIMENTS_OVER_SQL).pluck(),
  }
}
const stmts = preparedPerConnection(statements)

/** Experiments finished or stopped in the period, each with its result as of `now`. */
export function experimentsOverIn(db: DB, range: DateRange, now: Date): ExperimentResult[] {
  return stmts(db)
    .ids.all({ ...range, today: toIsoDate(now) })
    .map((id) => experimentResult(db, id, now))
}

/** "What I tested" of the doctor's summary: the result screen's words, and the numbers. */
export function testedExperiment(result: ExperimentResult): TestedExperiment {
  const e = result.experiment
  const ran = result.days.filter((d) => d.status !== 'upcoming')
  const adherence = { did: 0, didnt: 0, unrecorded: 0 }
  for (const day of ran) adherence[day.adherence] += 1
  return {
    id: e.id,
    question: e.questionLabel,
    optionA: e.optionA,
    optionB: e.optionB,
    outcome: OUTCOMES[e.outcome].label,
    design: designWords(e),
    lastDay: e.stoppedOn ?? e.endsOn,
    complete: result.complete,
    adherence,
    adherenceText: adherenceWords(adherence),
    counted: { a: result.a.n, b: result.b.n },
    ...resultWords(result),
  }
}
