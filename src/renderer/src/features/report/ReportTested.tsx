import type { Report } from '@shared/domain/report'

/**
 * "What I tested": each experiment finished or stopped in the period, with its question, design,
 * adherence and result in the words of the result screen (docs/clinical-rules.md). Left out when
 * there is none, so the page keeps its room.
 */
export function ReportTested({ tested }: { tested: Report['tested'] }) {
  if (tested.length === 0) return null
  return (
    <section aria-labelledby="report-tested" className="report__tested">
      <h3 id="report-tested">What I tested (my own fair tests of self-care)</h3>
      <ul className="report__facts">
        {tested.map((t) => (
          <li key={t.id}>
            {/* On paper (one page) the counts and the advice stay on screen; the CSV has the counts. */}
            <strong>{t.question}</strong>
            {t.complete ? null : <strong> Incomplete: stopped early.</strong>} Measured by{' '}
            {t.outcome.toLowerCase()}; {t.design} {t.adherenceText}{' '}
            <span className="report__tested-screen">
              Counted: {t.counted.a} “{t.optionA}” and {t.counted.b} “{t.optionB}” days.
            </span>{' '}
            <strong>{t.headline}</strong>
            {t.chance ? ` ${t.chance}` : ''}
            <span className="report__tested-screen"> {t.meaning}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
