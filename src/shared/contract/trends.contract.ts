import { read } from './define'
import { dateRangeSchema } from '../domain/common'
import { trendsSchema } from '../domain/trends'

export const trendsContract = {
  /** Per-day series of the range, aggregated in SQL, for the Trends charts. */
  'trends:get': read(dateRangeSchema, trendsSchema),
}
