import { z } from 'zod'
import { read } from './define'
import { dateRangeSchema } from '../domain/common'
import { reportWithInsightsSchema } from '../domain/insights'
import { pageSizeSchema, savedFileSchema } from '../domain/report'

export const reportContract = {
  /** Everything the doctor's summary shows for the period, Insights' strongest lines included. */
  'report:get': read(dateRangeSchema, reportWithInsightsSchema),
  /**
   * Prints the report page (print CSS) to PDF, every page with a footer naming the label, the
   * period and the page number, and saves it where the person chooses.
   */
  'report:exportPdf': read(
    z.object({ pageSize: pageSizeSchema, period: dateRangeSchema }).strict(),
    savedFileSchema,
  ),
  /**
   * Check-ins, episodes, treatments and PEG answers of the period, and the experiments finished
   * or stopped in it with their days, as RFC 4180 CSV files.
   */
  'report:exportCsv': read(dateRangeSchema, savedFileSchema),
  /** The period as a FHIR R4 Bundle (collection) for a clinician's system, saved as JSON. */
  'report:exportFhir': read(dateRangeSchema, savedFileSchema),
}
