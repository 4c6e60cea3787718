import {
  gapSentence,
  RECOVERED_DAYS_IN_A_ROW,
  RECOVERED_PAIN_MAX,
  recoverySentence,
} from '@shared/clinical/insights'
import type { Insights } from '@shared/domain/insights'
import { plural } from '@shared/format'
import { RecoveryChart } from './RecoveryChart'

/** Recovery: each episode's curve, days to recovery, recent against earlier, gaps between. */
export function RecoverySection({ recovery }: { recovery: Insights['recovery'] }) {
  const { episodes, trend, gaps } = recovery
  const trendText = recoverySentence(trend)
  // Per region only when there is more than one: otherwise it repeats the overall gap.
  const regions = gaps.filter((g) => g.region !== null)
  const gapTexts = gaps
    .filter((g) => g.region === null || regions.length > 1)
    .map(gapSentence)
    .filter((t): t is string => t !== null)
  return (
    <section className="card insights-section" aria-labelledby="insights-recovery">
      <h2 id="insights-recovery">Recovery</h2>
      <p className="hint">
        Each episode’s pain from its first day: the mean of that day’s check-ins, whatever their
        part of the day. Recovered means the first of {RECOVERED_DAYS_IN_A_ROW} days in a row with
        pain {RECOVERED_PAIN_MAX} or less (one good day alone does not count), or the day the
        episode ended. Gaps between episodes run from one start to the next.
      </p>
      {episodes.length === 0 ? (
        <p>No episode started in this range.</p>
      ) : (
        <>
          <ul className="insights-sentences">
            {trendText ? <li>{trendText}</li> : null}
            {gapTexts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          {trend.status === 'not_enough_data' ? (
            <p className="insights-needs">
              Whether recent episodes ease faster or slower shows once{' '}
              {plural(trend.minimumPerHalf * 2, 'episode')} have a known recovery day (
              {trend.minimumPerHalf} recent against {trend.minimumPerHalf} earlier); this range has{' '}
              {trend.episodes}.
            </p>
          ) : null}
          <RecoveryChart episodes={episodes} />
        </>
      )}
    </section>
  )
}
