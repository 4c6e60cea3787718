import { useState } from 'react'
import { TREATMENT_KIND_LABELS, type Treatment } from '@shared/domain/treatment'
import { MoreLine } from '@renderer/components/MoreLine'
import { TreatmentForm } from './TreatmentForm'
import './treatments.css'

/** Today's "Treatments" line: opens to a quick log, then says what was logged. */
export function TodayTreatmentLine() {
  const [open, setOpen] = useState(false)
  const [saved, setSaved] = useState<Treatment | null>(null)
  const kind = saved ? TREATMENT_KIND_LABELS[saved.kind].toLowerCase() : null
  return (
    <MoreLine
      title="Treatments"
      status={kind ? `✓ logged ${kind}` : 'log heat, ice, a stretch, medication…'}
      open={open}
      onOpenChange={setOpen}
    >
      {saved ? (
        <div className="form-actions">
          <p role="status">
            <span aria-hidden="true">✓ </span>Logged {kind}.
          </p>
          <button type="button" className="button" onClick={() => setSaved(null)}>
            Log another
          </button>
        </div>
      ) : (
        <TreatmentForm
          label="Quick treatment log"
          onSaved={setSaved}
          onCancel={() => setOpen(false)}
        />
      )}
      <a href="#/treatments">Guided timers and what works</a>
    </MoreLine>
  )
}
