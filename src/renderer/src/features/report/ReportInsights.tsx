import type { InsightLine } from '@shared/domain/insights'

/**
 * The strongest patterns Insights found in the period, one line each with its counts, worded as
 * the Insights page words them ("was present before", "was followed by"). A period with too
 * little data has none, and the report leaves the section out rather than spend a page on it.
 */
export function ReportInsights({ lines }: { lines: InsightLine[] }) {
  if (lines.length === 0) return null
  return (
    <section aria-labelledby="report-insights">
      <h3 id="report-insights">Patterns in the diary (what came before or after; not causes)</h3>
      <ul className="report__facts">
        {lines.map((line) => (
          <li key={line.section}>{line.text}</li>
        ))}
      </ul>
    </section>
  )
}
