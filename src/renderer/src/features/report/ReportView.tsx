import type { ReactNode } from 'react'
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts'
import { formatDayMonth, formatNumber, formatShortDay as day, plural } from '@shared/format'
import type { EpisodeFlagCode } from '@shared/clinical/episode-flags'
import { TIER_INFO } from '@shared/clinical/symptoms'
import {
  FOUR_WEEKS_DAYS,
  LONG_MORNING_STIFFNESS_MINUTES,
  MIN_RATED_SESSIONS,
  NO_CHANGE_WITHIN,
  TWO_WEEKS_DAYS,
} from '@shared/clinical/thresholds'
import { ratedWording } from '@shared/clinical/treatment-evidence'
import { REGION_LABELS, SIDE_LABELS, TRIGGER_LABELS } from '@shared/domain/episode'
import type { ReportWithInsights } from '@shared/domain/insights'
import type { Report, SlotStats } from '@shared/domain/report'
import { TREATMENT_KIND_LABELS } from '@shared/domain/treatment'
import { SERIES, seriesLine } from '@renderer/components/charts/palette'
import { ChartFigure } from '@renderer/components/charts/ChartFigure'
import { seriesSentence } from '@renderer/components/charts/chart-summary'
import { ReportInsights } from './ReportInsights'
import { TableHead } from '@renderer/components/TableHead'
import { TableScroll } from '@renderer/components/TableScroll'
import './report.css'

const n1 = (v: number | null) => (v === null ? '—' : formatNumber(v, 1))
const n0 = (v: number | null) => (v === null ? '—' : formatNumber(v, 0))

const FLAG_WORDS: Record<EpisodeFlagCode, string> = {
  not_improving: 'not improving',
  over_four_weeks: `${FOUR_WEEKS_DAYS}+ days`,
  over_two_weeks: `${TWO_WEEKS_DAYS}+ days`,
  recurring: 'recurring',
}

/** before − after as the change a reader expects: "−2.0" when pain went down by 2. */
function painChange(drop: number): string {
  if (Math.abs(drop) < NO_CHANGE_WITHIN) return formatNumber(0, 1)
  return drop > 0 ? `−${formatNumber(drop, 1)}` : `+${formatNumber(-drop, 1)}`
}

/** Second-half minus first-half mean, with its direction in a symbol and a word. */
function trendWords(s: SlotStats): string {
  if (s.change === null) return ''
  if (Math.abs(s.change) < NO_CHANGE_WITHIN) return ' (no change)'
  return s.change < 0
    ? ` (↓ lower by ${formatNumber(Math.abs(s.change), 1)})`
    : ` (↑ higher by ${formatNumber(s.change, 1)})`
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
        {trendWords(stats)}
      </td>
    </tr>
  )
}

/** A weekly line needs two weeks at least. */
const hasChart = (weekly: Report['weekly']) => weekly.length >= 2

function WeeklyChart({ weekly }: { weekly: Report['weekly'] }) {
  if (!hasChart(weekly)) return null
  const points = (key: 'morningPain' | 'eveningPain') =>
    weekly.map((w) => ({ when: `the week of ${day(w.week)}`, value: w[key] }))
  const weeks = { one: 'week', other: 'weeks', at: 'in' } as const
  return (
    <ChartFigure
      className="report__chart"
      title="Weekly mean pain (0–10)"
      headingLevel={4}
      summary={[
        seriesSentence('Morning pain', points('morningPain'), { format: n1, unit: weeks }),
        seriesSentence('Evening pain', points('eveningPain'), { format: n1, unit: weeks }),
      ]}
      legend={[SERIES.morningPain, SERIES.eveningPain]}
      table={{
        rowHeader: 'Week of',
        rows: weekly,
        rowLabel: (w) => day(w.week),
        columns: [
          { label: 'Morning pain', value: (w) => n1(w.morningPain) },
          { label: 'Evening pain', value: (w) => n1(w.eveningPain) },
        ],
      }}
      height={110}
    >
      <LineChart data={[...weekly]} margin={{ top: 6, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        <XAxis dataKey="week" tickFormatter={formatDayMonth} minTickGap={20} />
        <YAxis domain={[0, 10]} ticks={[0, 5, 10]} width={26} />
        {(['morningPain', 'eveningPain'] as const).map((key) => (
          <Line
            key={key}
            dataKey={key}
            {...seriesLine(SERIES[key], { dotRadius: 2.5, markers: weekly.length <= 26 })}
            connectNulls
          />
        ))}
      </LineChart>
    </ChartFigure>
  )
}

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

function RedFlags({ flags }: { flags: Report['redFlags'] }) {
  return (
    <section className="report__flags" aria-labelledby="report-flags">
      <h3 id="report-flags">Red flags</h3>
      {flags.length === 0 ? (
        <p>No red flags recorded.</p>
      ) : (
        <ul>
          {flags.map((f) => (
            <li
              key={`${f.rule}-${f.date}-${f.text}`}
              className={`report__flag report__flag--${f.tier}`}
            >
              <strong className="report__tier">{TIER_INFO[f.tier].label}</strong> ·{' '}
              <time dateTime={f.date}>{day(f.date)}</time> · {f.title}: {f.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Episodes({ episodes }: { episodes: Report['episodes'] }) {
  return (
    <section aria-labelledby="report-episodes">
      <h3 id="report-episodes">Episodes</h3>
      <p>
        {episodes.count === 0
          ? 'No spasm episodes in this period.'
          : `${plural(episodes.count, 'episode')} · median ${n1(episodes.medianDays)} days · longest ${n0(episodes.longestDays)} days`}
      </p>
      {episodes.rows.length > 0 ? (
        <TableScroll label="Episodes">
          <table className="report__table report__episodes">
            <TableHead
              columns={['Start', 'End', 'Days', 'Where', 'Trigger', 'Peak pain', 'Flags']}
            />
            <tbody>
              {episodes.rows.map((e) => (
                <tr key={`${e.startedOn}-${e.region}`}>
                  <td>{day(e.startedOn)}</td>
                  <td>{e.endedOn === null ? 'ongoing' : day(e.endedOn)}</td>
                  <td>{e.days}</td>
                  <td>
                    {REGION_LABELS[e.region]}, {SIDE_LABELS[e.side].toLowerCase()}
                  </td>
                  <td>
                    {TRIGGER_LABELS[e.trigger]}
                    {e.triggerNote ? ` — “${e.triggerNote}”` : ''}
                  </td>
                  <td>{e.peakPain === null ? '—' : `${e.peakPain}/10`}</td>
                  <td>
                    {e.flags.length === 0 ? '—' : e.flags.map((f) => FLAG_WORDS[f]).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {episodes.more > 0 ? (
        <p className="report__more">and {episodes.more} more (see the CSV)</p>
      ) : null}
    </section>
  )
}

function DoctorNotes({ notes, more }: { notes: Report['doctorNotes']; more: number }) {
  if (notes.length === 0) return null
  return (
    <section aria-labelledby="report-notes">
      <h3 id="report-notes">Notes for the doctor</h3>
      <ul className="report__notes">
        {notes.map((n) => (
          <li key={`${n.date}-${n.kind}-${n.text}`}>
            <time dateTime={n.date}>{day(n.date)}</time> · {n.context}: {n.text}
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="report__more">and {more} more (see the CSV)</p> : null}
    </section>
  )
}

function Peg({ peg }: { peg: Report['peg'] }) {
  const what = 'Weekly PEG score (0–10, the mean of pain, enjoyment of life, general activity)'
  if (!peg) return <li>{what}: none answered</li>
  if (peg.count === 1) {
    return (
      <li>
        {what}: <strong>{n1(peg.latest.score)}</strong> on {day(peg.latest.date)} (1 answer)
      </li>
    )
  }
  return (
    <li>
      {what}: first <strong>{n1(peg.first.score)}</strong> on {day(peg.first.date)}, latest{' '}
      <strong>{n1(peg.latest.score)}</strong> on {day(peg.latest.date)}, mean{' '}
      <strong>{n1(peg.meanScore)}</strong> over {plural(peg.count, 'answer')}
    </li>
  )
}

function Treatments({ treatments }: { treatments: Report['treatments'] }) {
  return (
    <div>
      <h3 id="report-treatments">Treatments</h3>
      {treatments.length === 0 ? (
        <p>No treatments logged.</p>
      ) : (
        <TableScroll label="Treatments">
          <table className="report__table">
            <TableHead columns={['Kind', 'Used', 'Pain change', 'Rated']} />
            <tbody>
              {treatments.map((t) => (
                <tr key={t.kind}>
                  <th scope="row">{TREATMENT_KIND_LABELS[t.kind]}</th>
                  <td>{t.timesUsed}</td>
                  <td>
                    {t.effect.status === 'enough_data' ? painChange(t.effect.meanChange) : '—'}
                  </td>
                  <td>{ratedWording(t.rated)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  )
}

function Medications({ medications }: { medications: Report['medications'] }) {
  return (
    <div>
      <h3 id="report-medications">Medications</h3>
      {medications.length === 0 ? (
        <p>No medication logged.</p>
      ) : (
        <TableScroll label="Medications">
          <table className="report__table">
            <TableHead columns={['Medication', 'Times', 'Days used']} />
            <tbody>
              {medications.map((m) => (
                <tr key={m.detail}>
                  <th scope="row">{m.detail || '(not named)'}</th>
                  <td>{m.timesUsed}</td>
                  <td>{m.daysUsed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  )
}

/**
 * The printable summary, in the order a GP reads it in a minute: who and when, red flags, the
 * person's own questions, the patterns Insights found, the episodes, their notes, then the numbers.
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

      {/* What Insights found in the period, one line each with its counts. */}
      <ReportInsights lines={report.insights} />

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
        {report.treatments.length > 0 ? (
          <p className="hint report__span">
            Pain change: mean of after − before (0–10) over sessions rated both times; − means it
            eased. Shown from {MIN_RATED_SESSIONS} rated sessions.
          </p>
        ) : null}
      </section>

      <footer className="report__foot">
        Recorded by the patient in Unknot, a personal diary. It informs; it does not diagnose.
      </footer>
    </article>
  )
}
