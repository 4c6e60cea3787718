import { MEANINGFUL_CHANGE, MEANINGFUL_PAIN_FRACTION } from '../../shared/clinical/thresholds'

/**
 * `isMeaningfulPainDrop` (src/shared/clinical/meaningful-change.ts) as an SQL expression, for the
 * shares of meaningful drops aggregated in SQL: 1 when `after` is at least :meaningfulPoints below
 * `before` or at least :meaningfulFraction of it, 0 otherwise, NULL when either is missing. The
 * thresholds arrive as bound parameters (`MEANINGFUL_DROP_PARAMS`), never as literals.
 */
export function meaningfulDropSql(before: string, after: string): string {
  const drop = `(${before} - ${after})`
  return `(${drop} > 0 AND (${drop} >= :meaningfulPoints OR ${drop} >= :meaningfulFraction * ${before}))`
}

export const MEANINGFUL_DROP_PARAMS = {
  meaningfulPoints: MEANINGFUL_CHANGE,
  meaningfulFraction: MEANINGFUL_PAIN_FRACTION,
} as const
