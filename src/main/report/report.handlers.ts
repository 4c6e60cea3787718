import { existsSync } from 'node:fs'
import { join, parse } from 'node:path'
import type { DomainHandlers } from '../ipc/handler'
import { toIsoDate } from '../../shared/dates'
import { AppError } from '../../shared/errors'
import { writeFileAtomic, writeFilesAtomic } from '../export/atomic-write'
import { CSV_TABLES, tableCsv } from '../export/export.query'
import { getReport } from './report.query'
import { weekStartsOn } from '../settings/display-settings'
import { strongestInsightLines } from '../insights/insights.query'
import { PDF_HEADER_TEMPLATE, pdfFooterTemplate } from './pdf-footer'
import { getSettings } from '../settings/settings.repo'
import { firstRecordedDay } from '../trends/first-recorded-day'
import { exportFhir } from '../fhir/fhir.export'
import { errorCode } from '../error-code'

const NOT_SAVED = 'Not saved: no file was chosen, so nothing was written.'

/** `…/unknot-2026-11-25.csv` → `…/unknot-2026-11-25-checkins.csv` and its siblings. */
export function csvPaths(chosen: string): Record<(typeof CSV_TABLES)[number], string> {
  const { dir, name, ext } = parse(chosen)
  const base = ext.toLowerCase() === '.csv' ? name : `${name}${ext}`
  const out = {} as Record<(typeof CSV_TABLES)[number], string>
  for (const table of CSV_TABLES) out[table] = join(dir, `${base}-${table}.csv`)
  return out
}

function writeFailed(error: unknown): AppError {
  const code = errorCode(error)
  const reason = code === 'ENOSPC' ? ': the disk is full' : code ? ` (${code})` : ''
  return new AppError(
    'unavailable',
    `The file could not be written there${reason}. Choose another folder; nothing was changed.`,
  )
}

export const reportHandlers: DomainHandlers<'report'> = {
  'report:get': (range, ctx) => {
    const today = toIsoDate(ctx.now())
    const first = firstRecordedDay(ctx.db)
    return {
      ...getReport(ctx.db, range, today, weekStartsOn(ctx, ctx.app.locale), first),
      insights: strongestInsightLines(ctx.db, range, first),
    }
  },

  'report:exportPdf': async ({ pageSize, period }, { db, services, now }) => {
    const path = await services.chooseSavePath({
      title: 'Save the report as PDF',
      defaultName: `unknot-report-${toIsoDate(now())}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
    if (path === undefined) return { saved: false, message: NOT_SAVED }
    const bytes = await services.printToPdf({
      pageSize,
      headerTemplate: PDF_HEADER_TEMPLATE,
      footerTemplate: pdfFooterTemplate({
        label: getSettings(db).reportLabel,
        period,
        generatedOn: toIsoDate(now()),
      }),
    })
    try {
      writeFileAtomic(path, bytes)
    } catch (error) {
      throw writeFailed(error)
    }
    return { saved: true, files: [path] }
  },

  'report:exportCsv': async (range, { db, services, now }) => {
    const path = await services.chooseSavePath({
      title: 'Save check-ins, episodes, treatments, PEG answers and experiments as CSV',
      defaultName: `unknot-${toIsoDate(now())}.csv`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
    if (path === undefined) return { saved: false, message: NOT_SAVED }
    const paths = csvPaths(path)
    // The dialog asked about overwriting the name the person typed, not these files.
    const taken = Object.values(paths).filter((file) => existsSync(file))
    if (taken.length > 0) {
      throw new AppError(
        'conflict',
        `Not saved: ${taken.map((file) => parse(file).base).join(', ')} already ` +
          `${taken.length === 1 ? 'exists' : 'exist'} there. Choose another name or folder; ` +
          'nothing was overwritten.',
      )
    }
    // Build every file before writing any, so a database error leaves no partial set behind.
    const texts = CSV_TABLES.map(
      (table) => [paths[table], tableCsv(db, table, range, now())] as const,
    )
    try {
      // The files land together or not at all (a full disk leaves none behind).
      writeFilesAtomic(texts)
    } catch (error) {
      throw writeFailed(error)
    }
    return { saved: true, files: texts.map(([file]) => file) }
  },

  'report:exportFhir': (range, { db, services, now }) =>
    exportFhir(db, services, range, now(), writeFailed),
}
