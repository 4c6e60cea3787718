/*
 * Reading the daily summary (migration 008) by day number. Its row id is the date's day number,
 * CAST(julianday(date) AS INTEGER), so a range of dates is a range of row ids: SQLite reads it
 * straight off the table's b-tree, where a search of the date index also looks every row up in
 * the table. Day numbers also make a day's distance to another a subtraction of integers
 * instead of two date parses per row (docs/performance.md#the-daily-summary).
 */

/** The day number of a 'YYYY-MM-DD' SQL expression: the summary's id for that date. */
export const dayNumber = (date: string): string => `CAST(julianday(${date}) AS INTEGER)`

/** The summary rows aliased `alias` whose dates lie from `from` to `to`, both included. */
export const summaryDaysBetween = (alias: string, from: string, to: string): string =>
  `${alias}.id BETWEEN ${dayNumber(from)} AND ${dayNumber(to)}`
