import { keepPreviousData } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { SavedFile } from '@shared/domain/report'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { Page } from '@renderer/components/Page'
import { presetChoice, RangePicker, type RangeChoice } from '@renderer/components/RangePicker'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { ReportView } from './ReportView'
import './report.css'

function savedMessage(result: SavedFile, what: string): string {
  return result.saved ? `${what} saved: ${result.files.join(', ')}` : result.message
}

/** The doctor's summary: a period, a label and questions, the preview, and its exports. */
export function ReportPage() {
  const id = useId()
  const [choice, setChoice] = useState<RangeChoice>(() => presetChoice('3M'))
  const [label, setLabel] = useState('')
  const [questions, setQuestions] = useState('')
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4')
  const report = useChannel('report:get', choice.range, { placeholderData: keepPreviousData })
  // Exports write files, not the diary: nothing on screen changes.
  const pdf = useChannelMutation('report:exportPdf', { invalidates: false })
  const csv = useChannelMutation('report:exportCsv', { invalidates: false })
  const busy = pdf.isPending || csv.isPending

  return (
    <Page title="Report" className="report-page" printHeader={false}>
      <section className="card report-controls no-print" aria-label="Report settings and export">
        <RangePicker value={choice} onChange={setChoice} label="Period" />
        <div className="report-controls__row">
          <div className="field">
            <label htmlFor={`${id}-label`}>Name or label printed on the report</label>
            <input
              id={`${id}-label`}
              type="text"
              value={label}
              maxLength={120}
              onChange={(e) => setLabel(e.target.value)}
              placeholder="e.g. J. Smith, born 1980"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-size`}>Paper size</label>
            <select
              id={`${id}-size`}
              value={pageSize}
              onChange={(e) => setPageSize(e.target.value === 'Letter' ? 'Letter' : 'A4')}
            >
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !report.data}
              onClick={() => pdf.mutate({ pageSize })}
            >
              Export PDF
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || !report.data}
              onClick={() =>
                csv.mutate(
                  report.data
                    ? { from: report.data.period.from, to: report.data.period.to }
                    : choice.range,
                )
              }
            >
              Export CSV
            </button>
          </div>
        </div>
        <div role="status" className="report-controls__status">
          {pdf.data ? <p>{savedMessage(pdf.data, 'PDF')}</p> : null}
          {csv.data ? <p>{savedMessage(csv.data, 'CSV files')}</p> : null}
        </div>
        {pdf.isError ? <ErrorBanner title="The PDF was not saved." error={pdf.error} /> : null}
        {csv.isError ? (
          <ErrorBanner title="The CSV files were not saved." error={csv.error} />
        ) : null}
        <p className="hint">
          The PDF is this page as printed. The CSV export writes three files next to the name you
          choose: check-ins, episodes and treatments of the period.
        </p>
      </section>
      {report.isError ? (
        <ErrorBanner title="The report could not be prepared." error={report.error} />
      ) : null}
      {report.isPending ? <p className="hint">Preparing the report…</p> : null}
      {report.data ? (
        <ReportView
          report={report.data}
          label={label}
          questions={questions}
          questionsField={
            <div className="field no-print">
              <label htmlFor={`${id}-questions`}>Your questions (printed on the report)</label>
              <textarea
                id={`${id}-questions`}
                rows={3}
                maxLength={2000}
                value={questions}
                onChange={(e) => setQuestions(e.target.value)}
              />
            </div>
          }
        />
      ) : null}
    </Page>
  )
}
