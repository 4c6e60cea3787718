import { z } from 'zod'
import { channel } from './define'
import { dateRangeSchema } from '../domain/common'
import { reportWithInsightsSchema } from '../domain/insights'
import { pageSizeSchema, savedFileSchema } from '../domain/report'

export const reportContract = {
  /** Everything the doctor's summary shows for the period, Insights' strongest lines included. */
  'report:get': channel(dateRangeSchema, reportWithInsightsSchema),
  /** Prints the report page (print CSS) to PDF and saves it where the person chooses. */
  'report:exportPdf': channel(z.object({ pageSize: pageSizeSchema }).strict(), savedFileSchema),
  /** Check-ins, episodes and treatments of the period as three RFC 4180 CSV files. */
  'report:exportCsv': channel(dateRangeSchema, savedFileSchema),
}
