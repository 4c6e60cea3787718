import { useChannel } from '@renderer/lib/channels'
import { AdherenceButtons } from './AdherenceButtons'
import './experiments.css'

/**
 * Today's option of each running experiment, with one tap to say whether it was done;
 * self-contained, so Today mounts it with one line. Nothing shows when no experiment runs.
 */
export function TodayExperimentCard() {
  const list = useChannel('experiments:list')
  const running = (list.data ?? []).filter((e) => e.status === 'running' && e.today)
  if (running.length === 0) return null
  return (
    <section className="card today-experiment" aria-labelledby="today-experiment">
      <h2 id="today-experiment">Today’s experiment</h2>
      {running.map((e) =>
        e.today ? (
          <div key={e.id} className="today-experiment__item">
            <p>
              {e.questionLabel} Today:{' '}
              <strong>{e.today.option === 'A' ? e.optionA : e.optionB}</strong>
              {e.today.washout ? ' (a wash-out day, not counted)' : ''}
            </p>
            <AdherenceButtons experimentId={e.id} day={e.today} label="Today’s experiment" />
          </div>
        ) : null,
      )}
    </section>
  )
}
