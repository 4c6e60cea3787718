import { formatShortDay as day } from '@shared/format'
import { TIER_INFO } from '@shared/clinical/symptoms'
import { REGION_LABELS } from '@shared/domain/episode'
import type { Report } from '@shared/domain/report'
import { n0, n1 } from './report-format'
import { plural } from '@shared/format'

/**
 * Red flags: warning signs and health-history answers only, strongest first. The tier is a word
 * in bold; colour only adds to it.
 */
export function RedFlags({ flags }: { flags: Report['redFlags'] }) {
  return (
    <section className="report__flags" aria-labelledby="report-flags">
      <h3 id="report-flags">Red flags</h3>
      {flags.length === 0 ? (
        <p>No warning signs recorded.</p>
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

/**
 * The course of the episodes per region: counts and lengths, recurrence once, what an ongoing
 * episode still asks for (tier "Soon", never more), and ended long episodes as plain facts.
 */
export function Course({ course }: { course: Report['course'] }) {
  if (course.length === 0) return null
  return (
    <section aria-labelledby="report-course">
      <h3 id="report-course">Course</h3>
      <ul className="report__facts">
        {course.map((c) => (
          <li key={c.region}>
            {/* The recurrence line, said once, leads when there is one. */}
            {(
              c.recurrence ?? `${REGION_LABELS[c.region]}: ${plural(c.episodes, 'episode')}`
            ).replace(/\.$/, '')}{' '}
            · median {n1(c.medianDays)} days · longest {n0(c.longestDays)} days
            {c.ongoing.map((f) => (
              <span key={f.code} className="report__course-flag">
                {' '}
                · <strong className="report__tier">{TIER_INFO.soon.label}</strong> ·{' '}
                <time dateTime={f.date}>{day(f.date)}</time> · {f.title}: {f.text}
              </span>
            ))}
            {c.endedFacts.map((fact) => (
              <span key={fact}> · {fact}</span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  )
}
