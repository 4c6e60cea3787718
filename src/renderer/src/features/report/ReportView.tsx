import type { ReactNode } from 'react'
import { formatShortDay as day } from '@shared/format'
import { LONG_MORNING_STIFFNESS_MINUTES } from '@shared/clinical/thresholds'
import type { ReportWithInsights } from '@shared/domain/insights'
import type { Report } from '@shared/domain/report'
import { ReportInsights } from './ReportInsights'
import { ReportTested } from './ReportTested'
import { Course, RedFlags } from './ReportCourse'
import { DoctorNotes, Episodes, HealthHistory } from './ReportEpisodes'
import { hasChart, Peg, StatsRow, WeeklyChart } from './ReportNumbers'
import { Medications, Treatments, TreatmentsHint } from './ReportTreatments'
import { TableHead } from '@renderer/components/TableHead'
import { TableScroll } from '@renderer/components/TableScroll'
import { n0, n1 } from './report-format'
import { plural } from '@shared/format'
import './report.css'

function Period({ report, everything }: { report: Report; everything: boolean }) {
  const { period } = report
  const first = period.firstEntryOn
  return (
    <p>
      Period:{' '}
      <strong>
        {everything
          ? `everything recorded up to ${day(period.to)}`
          : `${day(period.from)} – ${day(period.to)} (${plural(period.days, 'day')})`}
      </strong>
      {first ? <> · first entry on {day(first)}</> : null} · {report.checkins.count} check-ins on{' '}
      {plural(report.checkins.daysWithEntries, 'day')}
    </p>
  )
}

/**
 * The printable summary, in the order a GP reads it in a minute: who and when, red flags, the
 * person's own questions, the course per region, the patterns that passed their tests, the
 * person's own experiments, the episodes, their notes, the numbers, treatments, health history.
 * A new section is one more component in this list.
 */
export function ReportView({
  report,
  everything,
  label,
  questions,
  questionsField,
}: {
  report: ReportWithInsights
  /** The period asked for is everything recorded. */
  everything: boolean
  label: string
  questions: string
  questionsField: ReactNode
}) {
  const { pain, stiffness } = report
  const name = label.trim()
  return (
    <article className="card report" aria-labelledby="report-title">
      <header className="report__head">
        <h2 id="report-title">Back spasm diary — summary for the clinician</h2>
        {name ? (
          <p className="report__label">
            <strong>{name}</strong>
          </p>
        ) : null}
        <Period report={report} everything={everything} />
      </header>

      <RedFlags flags={report.redFlags} />

      <section aria-labelledby="report-questions" className="report__questions">
        <h3 id="report-questions">
          {name ? `Questions from ${name}` : 'Questions for the doctor'}
        </h3>
        {questionsField}
        <p className="print-only report__questions-text">{questions.trim() || '—'}</p>
      </section>

      <Course course={report.course} />

      {/* What Insights found in the period that passed its test, one line each with counts. */}
      <ReportInsights lines={report.insights} />

      <ReportTested tested={report.tested} />

      <Episodes episodes={report.episodes} />
      <DoctorNotes notes={report.doctorNotes} more={report.moreDoctorNotes} />

      {/* The weekly chart beside the pain table and the facts under it: paper is scarce. */}
      <div className={`report__numbers${hasChart(report.weekly) ? ' report__numbers--chart' : ''}`}>
        <section aria-labelledby="report-scores" className="report__scores">
          <h3 id="report-scores">Pain and stiffness (0–10)</h3>
          <TableScroll label="Pain and stiffness">
            <table className="report__table">
              <TableHead
                columns={['Measure', 'Entries', 'Mean', 'Worst', '1st → 2nd half of the period']}
              />
              <tbody>
                <StatsRow label="Morning pain" stats={pain.morning} />
                <StatsRow label="Evening pain" stats={pain.evening} />
                <StatsRow label="Morning stiffness" stats={stiffness.morning} />
                <StatsRow label="Evening stiffness" stats={stiffness.evening} />
              </tbody>
            </table>
          </TableScroll>
        </section>
        <WeeklyChart weekly={report.weekly} />

        <section aria-labelledby="report-other" className="report__other">
          <h3 id="report-other">PEG, spasms, mornings and sleep</h3>
          <ul className="report__facts">
            <Peg peg={report.peg} />
            <li>
              Spasms on <strong>{plural(report.spasms.daysWithSpasms, 'day')}</strong> · Penn
              frequency mean <strong>{n1(report.spasms.meanFrequency)}</strong>, worst{' '}
              <strong>{n0(report.spasms.worstFrequency)}</strong> (0–4)
            </li>
            {report.morningStiffnessMinutes.mean === null ? (
              <li>Minutes of morning stiffness: none recorded</li>
            ) : (
              <li>
                Morning stiffness lasted{' '}
                <strong>{n0(report.morningStiffnessMinutes.mean)} min</strong> on average;{' '}
                {LONG_MORNING_STIFFNESS_MINUTES} min or more on{' '}
                <strong>{plural(report.morningStiffnessMinutes.longMornings, 'morning')}</strong>
              </li>
            )}
            <li>
              Sleep interrupted by pain or spasms on{' '}
              <strong>{plural(report.sleepInterruptions, 'night')}</strong>
            </li>
          </ul>
        </section>
      </div>

      <section aria-label="Treatments and medications" className="report__columns">
        <Treatments treatments={report.treatments} />
        <Medications medications={report.medications} />
        {report.treatments.length > 0 ? <TreatmentsHint /> : null}
      </section>

      <HealthHistory answers={report.healthHistory} />

      <footer className="report__foot">
        Recorded by the patient in Unknot, a personal diary. It informs; it does not diagnose.
      </footer>
    </article>
  )
}
