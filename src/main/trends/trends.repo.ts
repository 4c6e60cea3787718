/*
 * The Trends queries live in trends.sql.ts and trends.query.ts, the first recorded day in
 * first-recorded-day.ts; re-exported here for the callers that import them from this module.
 */
export { firstRecordedDay } from './first-recorded-day'
export { getTrends } from './trends.query'
export {
  TREND_DAYS_SQL,
  TREND_SUMMARY_SQL,
  TREND_TREATMENTS_SQL,
  TREND_WEEK_TREATMENTS_SQL,
  TREND_WEEKS_SQL,
} from './trends.sql'
