import { format } from 'date-fns'
import type { ReactNode } from 'react'
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts'
import { formatDay, fromIsoDate } from '@shared/dates'
import type { ReportWithInsights } from '@shared/domain/insights'
import type { RedFlag, Report, SlotStats } from '@shared/domain/report'
import { TREATMENT_KIND_LABELS } from '@shared/domain/treatment'
import { LONG_MORNING_STIFFNESS_MINUTES } from '@shared/scales'
import { SERIES, seriesLine } from '@renderer/components/charts/palette'
import { SeriesLegend } from '@renderer/components/charts/SeriesLegend'
// The red flags reuse the tier flag style.
import '@renderer/components/TierBadge.css'
import { ReportInsights } from './ReportInsights'
import './report.css'
import { TableHead } from '@renderer/components/TableHead'

const n1 = (v: number | null) => (v === null ? '—' : v.toFixed(1))
const n0 = (v: number | null) => (v === null ? '—' : String(Math.round(v)))

const TIER_LABEL: Record<RedFlag['tier'], string> = {
  emergency: 'EMERGENCY — seek care now',
  urgent: 'URGENT — contact a clinician today',
  soon: 'SOON — book an appointment',
}
const TIER_MARK: Record<RedFlag['tier'], string> = { emergency: '!!!', urgent: '!!', soon: '!' }

/** before − after as the change a reader expects: "−2.0" when pain went down by 2. */
function painChange(drop: number | null): string {
  if (drop === null) return '—'
  if (Math.abs(drop) < 0.05) return '0.0'
  return drop > 0 ? `−${drop.toFixed(1)}` : `+${(-drop).toFixed(1)}`
}

/** Second-half minus first-half mean, in words (lower is better on these scales). */
function trendWords(s: SlotStats): string {
  if (s.change === null) return '—'
  if (Math.abs(s.change) < 0.05) return 'no change'
  return s.change < 0
    ? `↓ lower by ${Math.abs(s.change).toFixed(1)}`
    : `↑ higher by ${s.change.toFixed(1)}`
}

function StatsRow({ label, stats }: { label: string; stats: SlotStats }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{stats.entries}</td>
      <td>{n1(stats.mean)}</td>
      <td>{n0(stats.worst)}</td>
      <td>
        {n1(stats.firstHalfMean)} → {n1(stats.secondHalfMean)}
      </td>
      <td>{trendWords(stats)}</td>
    </tr>
  )
}

function WeeklyChart({ weekly }: { weekly: Report['weekly'] }) {
  if (weekly.length < 2) return null
  return (
    <figure className="report__chart" aria-label="Weekly mean pain, morning and evening">
      <LineChart
        width={620}
        height={150}
        data={weekly}
        margin={{ top: 6, right: 12, left: 0, bottom: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        <XAxis
          dataKey="week"
          tickFormatter={(v: string) => format(fromIsoDate(v), 'd MMM')}
          minTickGap={20}
          fontSize={10}
        />
        <YAxis domain={[0, 10]} ticks={[0, 5, 10]} width={26} fontSize={10} />
        {(['morningPain', 'eveningPain'] as const).map((key) => (
          <Line
            key={key}
            dataKey={key}
            {...seriesLine(SERIES[key], { dotRadius: 2.5, markers: weekly.length <= 26 })}
            connectNulls
          />
        ))}
      </LineChart>
      <figcaption>
        <SeriesLegend items={[SERIES.morningPain, SERIES.eveningPain]} /> Weekly mean pain (0–10).
      </figcaption>
    </figure>
  )
}

/** The printable summary: terse, numbers and dates first, readable in a minute. */
export function ReportView({
  report,
  label,
  questions,
  questionsField,
}: {
  report: ReportWithInsights
  label: string
  questions: string
  questionsField: ReactNode
}) {
  const { period, episodes, pain, stiffness } = report
  return (
    <article className="card report" aria-labelledby="report-title">
      <header className="report__head">
        <h2 id="report-title">Back spasm diary — summary for the clinician</h2>
        <p>
          {label.trim() ? (
            <>
              <strong>{label.trim()}</strong> ·{' '}
            </>
          ) : null}
          Period:{' '}
          <strong>
            {formatDay(period.from)} – {formatDay(period.to)}
          </strong>{' '}
          ({period.days} days) · {report.checkins.count} check-ins on{' '}
          {report.checkins.daysWithEntries} days
        </p>
      </header>

      <section className="report__flags" aria-labelledby="report-flags">
        <h3 id="report-flags">⚠ Red flags</h3>
        {report.redFlags.length === 0 ? (
          <p>No red flags were raised in this period.</p>
        ) : (
          <ul>
            {report.redFlags.map((f) => (
              <li key={`${f.date}-${f.text}`} className={`flag flag--${f.tier}`}>
                <span className="flag__tier">
                  {TIER_MARK[f.tier]} {TIER_LABEL[f.tier]}
                </span>{' '}
                <time dateTime={f.date}>{formatDay(f.date)}</time>: {f.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="report-episodes">
        <h3 id="report-episodes">Episodes</h3>
        <p>
          {episodes.count === 0
            ? 'No spasm episodes in this period.'
            : `${episodes.count} episode${episodes.count === 1 ? '' : 's'} · median ${n1(episodes.medianDays)} days · longest ${n0(episodes.longestDays)} days`}
          {episodes.ongoingPast14.map((e) => (
            <span key={e.startedOn} className="report__ongoing">
              {' '}
              · Ongoing for {e.days} days ({e.region} back, {e.side}), since{' '}
              {formatDay(e.startedOn)}
            </span>
          ))}
        </p>
      </section>

      <section aria-labelledby="report-scores">
        <h3 id="report-scores">Pain and stiffness (0–10)</h3>
        <table className="report__table">
          <TableHead columns={['Measure', 'Entries', 'Mean', 'Worst', '1st → 2nd half', 'Trend']} />
          <tbody>
            <StatsRow label="Morning pain" stats={pain.morning} />
            <StatsRow label="Evening pain" stats={pain.evening} />
            <StatsRow label="Morning stiffness" stats={stiffness.morning} />
            <StatsRow label="Evening stiffness" stats={stiffness.evening} />
          </tbody>
        </table>
        <WeeklyChart weekly={report.weekly} />
      </section>

      <section aria-labelledby="report-other">
        <h3 id="report-other">Spasms, mornings and sleep</h3>
        <ul className="report__facts">
          <li>
            Spasms on <strong>{report.spasms.daysWithSpasms}</strong> days · Penn frequency mean{' '}
            <strong>{n1(report.spasms.meanFrequency)}</strong>, worst{' '}
            <strong>{n0(report.spasms.worstFrequency)}</strong> (0–4)
          </li>
          <li>
            Morning stiffness lasted <strong>{n0(report.morningStiffnessMinutes.mean)} min</strong>{' '}
            on average; {LONG_MORNING_STIFFNESS_MINUTES} min or more on{' '}
            <strong>{report.morningStiffnessMinutes.mornings30Plus}</strong> mornings
          </li>
          <li>
            Sleep interrupted by pain or spasms on <strong>{report.sleepInterruptions}</strong>{' '}
            nights
          </li>
        </ul>
      </section>

      <section aria-labelledby="report-treatments" className="report__columns">
        <div>
          <h3 id="report-treatments">Treatments</h3>
          {report.treatments.length === 0 ? (
            <p>No treatments logged.</p>
          ) : (
            <table className="report__table">
              <TableHead columns={['Kind', 'Times used', 'Mean pain change', 'Rated']} />
              <tbody>
                {report.treatments.map((t) => (
                  <tr key={t.kind}>
                    <th scope="row">{TREATMENT_KIND_LABELS[t.kind]}</th>
                    <td>{t.timesUsed}</td>
                    <td>{painChange(t.meanChange)}</td>
                    <td>{t.rated}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="hint">
            Pain after minus before (0–10), over the sessions rated both times; − means it eased.
          </p>
        </div>
        <div>
          <h3 id="report-medications">Medications</h3>
          {report.medications.length === 0 ? (
            <p>No medication logged.</p>
          ) : (
            <table className="report__table">
              <TableHead columns={['Medication', 'Times', 'Days used']} />
              <tbody>
                {report.medications.map((m) => (
                  <tr key={m.detail}>
                    <th scope="row">{m.detail || '(not named)'}</th>
                    <td>{m.timesUsed}</td>
                    <td>{m.daysUsed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </section>

      <ReportInsights lines={report.insights} />

      <section aria-labelledby="report-questions" className="report__questions">
        <h3 id="report-questions">Questions for the doctor</h3>
        {questionsField}
        <p className="print-only report__questions-text">{questions.trim() || '—'}</p>
      </section>
      <footer className="report__foot">
        Recorded by the patient in Unknot, a personal diary. It informs; it does not diagnose.
      </footer>
    </article>
  )
}
