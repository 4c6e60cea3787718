import type { EpisodeFlagCode } from '@shared/clinical/episode-flags'
import { formatShortDay as day } from '@shared/format'
import { FOUR_WEEKS_DAYS, TWO_WEEKS_DAYS } from '@shared/clinical/thresholds'
import { REGION_LABELS, SIDE_LABELS, TRIGGER_LABELS } from '@shared/domain/episode'
import type { Report } from '@shared/domain/report'
import { TableHead } from '@renderer/components/TableHead'
import { TableScroll } from '@renderer/components/TableScroll'
import { n0, n1 } from './report-format'
import { plural } from '@shared/format'

const FLAG_WORDS: Record<EpisodeFlagCode, string> = {
  not_easing: 'not easing',
  over_four_weeks: `${FOUR_WEEKS_DAYS}+ days`,
  over_two_weeks: `${TWO_WEEKS_DAYS}+ days`,
  recurring: 'recurring',
}

export function Episodes({ episodes }: { episodes: Report['episodes'] }) {
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

export function DoctorNotes({ notes, more }: { notes: Report['doctorNotes']; more: number }) {
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

const ANSWER_WORDS = { yes: 'yes', no: 'no', unanswered: 'not answered' } as const

/** Each health-history question as the person answered it; an unanswered one is not a "no". */
export function HealthHistory({ answers }: { answers: Report['healthHistory'] }) {
  return (
    <section aria-labelledby="report-history">
      <h3 id="report-history">Health history</h3>
      <ul className="report__facts report__history">
        {answers.map((a) => (
          <li key={a.question}>
            {a.question} <strong>{ANSWER_WORDS[a.answer]}</strong>
          </li>
        ))}
      </ul>
    </section>
  )
}
