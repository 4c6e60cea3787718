import { keepPreviousData } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { DateRange } from '@shared/domain/common'
import type { SavedFile } from '@shared/domain/report'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { Page } from '@renderer/components/Page'
import { presetChoice, RangePicker, type RangeChoice } from '@renderer/components/RangePicker'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { ReportView } from './ReportView'
import { useSavedSetting } from './useSavedSetting'
import './report.css'

function savedMessage(result: SavedFile, what: string): string {
  return result.saved ? `${what} saved: ${result.files.join(', ')}` : result.message
}

/** One export: its button, then what it saved or why it did not. */
interface ReportExport {
  label: string
  primary?: boolean
  run: () => void
  state: { data?: SavedFile | undefined; isPending: boolean; isError: boolean; error: unknown }
  /** "PDF saved: …". */
  saved: string
  failed: string
}

/** The doctor's summary: a period, a label and questions, the preview, and its exports. */
export function ReportPage() {
  const id = useId()
  const [choice, setChoice] = useState<RangeChoice>(() => presetChoice('3M'))
  const label = useSavedSetting('reportLabel')
  const questions = useSavedSetting('doctorQuestions')
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4')
  // A read-only journal keeps the saved label and questions; they cannot be changed.
  const { readOnly } = label
  const report = useChannel('report:get', choice.range, { placeholderData: keepPreviousData })
  // Exports write files, not the diary: nothing on screen changes.
  const pdf = useChannelMutation('report:exportPdf')
  const csv = useChannelMutation('report:exportCsv')
  const fhir = useChannelMutation('report:exportFhir')
  const [flushError, setFlushError] = useState<unknown>(null)
  const data = report.data
  // The period on screen (the one main answered for), so an export matches the preview.
  const period: DateRange = data ? { from: data.period.from, to: data.period.to } : choice.range

  /** Saves the label and questions first: the PDF prints them, its footer reads the label. */
  const exportPdf = () => {
    setFlushError(null)
    Promise.all([label.flush(), questions.flush()]).then(
      () =>
        pdf.mutate({
          pageSize,
          // "Everything" prints from the first entry, not from the earliest date there could be.
          period:
            choice.preset === 'All' && data?.period.firstEntryOn
              ? { from: data.period.firstEntryOn, to: period.to }
              : period,
        }),
      setFlushError,
    )
  }
  const exports: ReportExport[] = [
    {
      label: 'Export PDF',
      primary: true,
      run: exportPdf,
      state: pdf,
      saved: 'PDF',
      failed: 'The PDF was not saved.',
    },
    {
      label: 'Export CSV',
      run: () => csv.mutate(period),
      state: csv,
      saved: 'CSV files',
      failed: 'The CSV files were not saved.',
    },
    {
      label: 'Export FHIR',
      run: () => fhir.mutate(period),
      state: fhir,
      saved: 'FHIR file',
      failed: 'The FHIR file was not saved.',
    },
  ]
  const busy = exports.some((e) => e.state.isPending)

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
              value={label.value}
              disabled={label.loading || readOnly}
              maxLength={120}
              onChange={(e) => label.set(e.target.value)}
              onBlur={() => void label.flush().catch(() => {})}
              placeholder="e.g. J. Smith, born 1980"
              aria-describedby={`${id}-kept`}
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
            {exports.map((e) => (
              <button
                key={e.label}
                type="button"
                className={e.primary ? 'button button--primary' : 'button'}
                disabled={busy || !data}
                onClick={e.run}
              >
                {e.label}
              </button>
            ))}
          </div>
        </div>
        <p id={`${id}-kept`} className="hint">
          {readOnly
            ? 'The journal is open read-only: the label and questions are printed as saved.'
            : 'Your label and questions are kept for next time.'}{' '}
          {label.saving || questions.saving ? 'Saving…' : ''}
        </p>
        <div role="status" className="report-controls__status">
          {exports.map((e) =>
            e.state.data ? <p key={e.label}>{savedMessage(e.state.data, e.saved)}</p> : null,
          )}
        </div>
        {label.error || questions.error ? (
          <ErrorBanner
            title="Your label or questions could not be saved."
            error={label.error ?? questions.error}
          />
        ) : null}
        {flushError ? (
          <ErrorBanner
            title="The PDF was not saved: your label or questions could not be saved first."
            error={flushError}
          />
        ) : null}
        {exports.map((e) =>
          e.state.isError ? (
            <ErrorBanner key={e.label} title={e.failed} error={e.state.error} />
          ) : null,
        )}
        <p className="hint">
          The PDF is this page as printed, with your label, the period and the page number at the
          foot of every page. The CSV export writes six files next to the name you choose:
          check-ins, episodes, treatments and weekly PEG answers of the period, and the experiments
          finished or stopped in it with their days. The FHIR export is one file in the standard
          format clinicians’ systems read (FHIR R4).
        </p>
      </section>
      {report.isError ? (
        <ErrorBanner title="The report could not be prepared." error={report.error} />
      ) : null}
      {report.isPending ? <p className="hint">Preparing the report…</p> : null}
      {data ? (
        <ReportView
          report={data}
          everything={choice.preset === 'All'}
          label={label.value}
          questions={questions.value}
          questionsField={
            <div className="field no-print">
              <label htmlFor={`${id}-questions`}>Your questions (printed on the report)</label>
              <textarea
                id={`${id}-questions`}
                rows={3}
                maxLength={2000}
                value={questions.value}
                disabled={questions.loading || readOnly}
                onChange={(e) => questions.set(e.target.value)}
                onBlur={() => void questions.flush().catch(() => {})}
                aria-describedby={`${id}-kept`}
              />
            </div>
          }
        />
      ) : null}
    </Page>
  )
}
