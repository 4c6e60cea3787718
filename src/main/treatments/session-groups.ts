import { TREATMENT_KINDS } from '../../shared/domain/treatment'
import { meaningfulDropSql } from '../clinical/meaningful-drop'

/** Every kind but medication, as an SQL list of literals (catalogue names, never input). */
const OTHER_KINDS = `(${TREATMENT_KINDS.filter((k) => k !== 'medication')
  .map((k) => `'${k}'`)
  .join(', ')})`

/**
 * Sessions as "what works" groups them (alias `t`): medication by the detail typed, so each
 * medication gets its own row (docs/clinical-rules.md#treatments); other kinds by kind alone,
 * with a NULL detail. treatmentGroups joins spellings that differ only in case and spaces.
 *
 * Two searches of `treatments_by_kind` (migration 013) rather than one GROUP BY over an
 * expression: the index hands each kind's sessions over in kind order, so SQLite groups them
 * as it reads and sorts only medication's (by detail), where sorting ten years of sessions
 * cost more than reading them (docs/performance.md). `columns(detail)` are the aggregates,
 * given the group's detail expression; `where` filters `t`.
 */
export const byKindAndMedication = (columns: (detail: string) => string, where: string) => `
  SELECT t.kind, ${columns('NULL')}
  FROM treatments t
  WHERE t.kind IN ${OTHER_KINDS} AND ${where}
  GROUP BY t.kind
  UNION ALL
  SELECT t.kind, ${columns('t.detail')}
  FROM treatments t
  WHERE t.kind = 'medication' AND ${where}
  GROUP BY t.detail`

/**
 * A group's sessions, rated sessions (both pain values present), and the sum of changes and
 * count of meaningful drops over the rated ones (SUM skips the NULLs the CASE leaves).
 */
export const SESSION_SUMS = `count(*) AS sessions,
    count(t.pain_before - t.pain_after) AS rated,
    sum(t.pain_before - t.pain_after) AS sumChange,
    sum(CASE WHEN t.pain_before IS NOT NULL AND t.pain_after IS NOT NULL
             THEN ${meaningfulDropSql('t.pain_before', 't.pain_after')} END) AS drops`
