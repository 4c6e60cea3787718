import { useState } from 'react'
import { TREATMENT_KIND_LABELS, type Treatment } from '@shared/domain/treatment'
import { TreatmentForm } from './TreatmentForm'
import './treatments.css'

/** Today's one-click "Log a treatment": an inline quick log, then a short confirmation. */
export function TodayTreatmentCard() {
  const [open, setOpen] = useState(false)
  const [saved, setSaved] = useState<Treatment | null>(null)
  return (
    <section className="card" aria-labelledby="card-treatment">
      <header className="card__header">
        <h2 id="card-treatment">Treatments</h2>
        <a className="hint" href="#/treatments">
          Timers and what works
        </a>
      </header>
      {open ? (
        <TreatmentForm
          label="Quick treatment log"
          onSaved={(entry) => {
            setSaved(entry)
            setOpen(false)
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setSaved(null)
              setOpen(true)
            }}
          >
            Log a treatment
          </button>
          {saved ? (
            <span role="status" className="hint">
              <span aria-hidden="true">✓ </span>
              Logged {TREATMENT_KIND_LABELS[saved.kind].toLowerCase()}.
            </span>
          ) : null}
        </div>
      )}
    </section>
  )
}
