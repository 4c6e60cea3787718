import { useState } from 'react'
import { OUTCOMES } from '@shared/clinical/experiments/catalogue'
import { formatDay } from '@shared/format'
import type { Experiment } from '@shared/domain/experiment'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { Page } from '@renderer/components/Page'
import { useChannel } from '@renderer/lib/channels'
import { useToday } from '@renderer/lib/useToday'
import { CreateExperiment } from './CreateExperiment'
import { ExperimentView } from './ExperimentView'
import './experiments.css'

const STATUS_WORDS = {
  planned: 'planned',
  running: 'running',
  finished: 'finished',
  stopped: 'stopped early',
} as const

function ExperimentList({
  experiments,
  onOpen,
}: {
  experiments: Experiment[]
  onOpen: (id: number) => void
}) {
  if (experiments.length === 0) {
    return <p className="empty">No experiments yet.</p>
  }
  return (
    <ul className="experiment-list">
      {experiments.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            className="button experiment-list__open"
            onClick={() => onOpen(e.id)}
          >
            Open “{e.questionLabel}”
          </button>
          <span className="hint">
            {' '}
            {STATUS_WORDS[e.status]} · {OUTCOMES[e.outcome].label.toLowerCase()} ·{' '}
            {formatDay(e.startsOn)} to {formatDay(e.endsOn)}
          </span>
        </li>
      ))}
    </ul>
  )
}

/**
 * Experiments: a fair test of two self-care options on your own days. Start one, follow it, and
 * read what it found (docs/clinical-rules.md).
 */
export function ExperimentsPage() {
  const today = useToday()
  const list = useChannel('experiments:list')
  const [creating, setCreating] = useState(false)
  const [selected, setSelected] = useState<number | null>(null)
  return (
    <Page title="Experiments">
      <p className="experiments-intro">
        Find out what helps you: alternate two self-care options in an order drawn at random, keep
        recording as usual, and see whether the difference is more than chance.
      </p>
      {selected !== null ? (
        <ExperimentView
          key={selected}
          id={selected}
          today={today}
          onClose={() => setSelected(null)}
        />
      ) : null}
      <section className="card" aria-labelledby="experiment-start">
        <h2 id="experiment-start">Start an experiment</h2>
        {creating ? (
          <CreateExperiment
            today={today}
            onCreated={(e) => {
              setCreating(false)
              setSelected(e.id)
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setCreating(true)}
            >
              Start an experiment
            </button>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="experiment-list">
        <h2 id="experiment-list">Your experiments</h2>
        {list.isError ? (
          <ErrorBanner title="The experiments could not be shown." error={list.error} />
        ) : null}
        {list.data ? <ExperimentList experiments={list.data} onOpen={setSelected} /> : null}
      </section>
    </Page>
  )
}
