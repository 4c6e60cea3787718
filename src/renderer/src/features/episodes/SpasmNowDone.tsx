import { useEffect, useRef, useState, type ReactNode } from 'react'
import { formatDay } from '@shared/format'
import { REGION_LABELS, SIDE_LABELS, type SpasmNowResult } from '@shared/domain/episode'
import { OnsetQuestion } from './OnsetQuestion'

/** What was saved, said in full. */
function spasmSavedText({ episode, checkin, continued }: SpasmNowResult): string {
  const place = `${REGION_LABELS[episode.region].toLowerCase()} episode`
  const pain = `pain ${checkin.pain}/10`
  return continued
    ? `Saved: ${pain} in your ${place}, day ${episode.days}.`
    : `Saved: a new ${place} (${SIDE_LABELS[episode.side].toLowerCase()}), started ${formatDay(episode.startedOn)}, with ${pain}.`
}

/** After the save: what was saved, then a guided timer and the "24 hours before" checklist. */
export function SpasmNowDone({
  result,
  timers,
  onClose,
}: {
  result: SpasmNowResult
  timers: ReactNode
  onClose: () => void
}) {
  // A new episode asks what came before; a continued one was asked when it started.
  const [asking, setAsking] = useState(!result.continued)
  const [onsetSaid, setOnsetSaid] = useState<string | null>(null)
  const [timerOpen, setTimerOpen] = useState(false)
  const said = useRef<HTMLParagraphElement>(null)
  useEffect(() => said.current?.focus(), [])
  return (
    <div className="spasm-now__done">
      <p ref={said} className="spasm-now__said" role="status" tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {spasmSavedText(result)}
      </p>
      {asking ? (
        <OnsetQuestion
          episode={result.episode}
          onDone={(said) => {
            setAsking(false)
            setOnsetSaid(said)
          }}
        />
      ) : onsetSaid ? (
        <p role="status">
          <span aria-hidden="true">✓ </span>
          {onsetSaid}
        </p>
      ) : null}
      {timerOpen ? (
        timers
      ) : (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setTimerOpen(true)}>
            Start a guided timer
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </div>
  )
}
