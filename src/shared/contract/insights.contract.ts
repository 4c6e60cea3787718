import { read } from './define'
import { dateRangeSchema } from '../domain/common'
import { insightsSchema } from '../domain/insights'

export const insightsContract = {
  /**
   * Factors before onsets against ordinary days, recovery, what helps by episode phase, heat
   * against ice and early signs over the range, aggregated in SQL, every figure with its n.
   */
  'insights:get': read(dateRangeSchema, insightsSchema),
}
