import type { Insights } from '@shared/domain/insights'

/** The strongest lines: the same ones the doctor's report carries. */
export function StandsOut({ insights }: { insights: Insights }) {
  return (
    <section className="card stands-out" aria-labelledby="insights-stands-out">
      <h2 id="insights-stands-out">What stands out</h2>
      {insights.strongest.length === 0 ? (
        <p>
          Nothing stands out yet. The sections below say what each comparison still needs; most need
          a few more spasms with their checklist answered, or treatments rated before and after.
        </p>
      ) : (
        <>
          <ul className="insights-sentences">
            {insights.strongest.map((line) => (
              <li key={line.section}>{line.text}</li>
            ))}
          </ul>
          <p className="hint">
            The doctor’s report carries the strongest lines of the period it covers.
          </p>
        </>
      )}
    </section>
  )
}
