import { read } from './define'
import { trendsRequestSchema, trendsSchema } from '../domain/trends'

export const trendsContract = {
  /** The range's series, aggregated in SQL by day, week or 4 weeks, for the Trends charts. */
  'trends:get': read(trendsRequestSchema, trendsSchema),
}
