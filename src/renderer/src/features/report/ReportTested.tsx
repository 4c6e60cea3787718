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
            <strong>{t.question}</strong>
            {t.complete ? null : <strong> Incomplete: stopped early.</strong>} {t.optionA} or{' '}
            {t.optionB}, measured by {t.outcome.toLowerCase()}. {t.design} {t.adherenceText} Days
            counted: {t.counted.a} with “{t.optionA}”, {t.counted.b} with “{t.optionB}”.
            <br />
            <strong>{t.headline}</strong>
            {t.chance ? ` ${t.chance}` : ''} {t.meaning}
          </li>
        ))}
      </ul>
    </section>
  )
}
