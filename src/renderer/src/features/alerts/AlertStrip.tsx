import { useEffect, useId, useRef, useState } from 'react'
import { formatDay } from '@shared/format'
import type { Alert } from '@shared/domain/alert'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { TierBadge } from '@renderer/components/TierBadge'
import { UndoBanner } from '@renderer/components/UndoBanner'
import { useUndo } from '@renderer/components/useUndo'
import { NamedButton } from '@renderer/components/NamedButton'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import './alerts.css'

/** Rows shown before "Show more": few enough that Today's check-in stays on the first screen. */
const SHOWN = 2

/**
 * One alert as a line: tier, what was recorded, when, and Acknowledge; "What to do" opens the
 * advice and the reason. An emergency alert always says what to do. Emergency and urgent alerts
 * are announced (role="alert"), soon ones politely.
 */
function AlertRow({
  alert,
  busy,
  onAcknowledge,
}: {
  alert: Alert
  busy: boolean
  onAcknowledge: (alert: Alert) => void
}) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const emergency = alert.tier === 'emergency'
  return (
    <div
      className={`alert alert--${alert.tier} alert--row`}
      role={alert.tier === 'soon' ? 'status' : 'alert'}
      aria-labelledby={`${id}-title`}
    >
      <div className="alert__line">
        <TierBadge tier={alert.tier} />
        <h3 id={`${id}-title`}>{alert.title}</h3>
        <span className="alert__date">{formatDay(alert.recordedOn)}</span>
        <span className="alert__actions">
          <NamedButton
            label={emergency ? 'Why' : 'What to do'}
            names={`: ${alert.title}`}
            className="button button--small"
            aria-expanded={open}
            aria-controls={`${id}-details`}
            onClick={() => setOpen((o) => !o)}
          />
          <NamedButton
            label="Acknowledge"
            names={`: ${alert.title}`}
            className="button button--small"
            disabled={busy}
            onClick={() => onAcknowledge(alert)}
          />
        </span>
      </div>
      {emergency ? (
        <p className="alert__advice">
          <strong>{alert.advice}</strong>
        </p>
      ) : null}
      <div id={`${id}-details`} className="alert__details" hidden={!open}>
        {emergency ? null : (
          <p className="alert__advice">
            <strong>{alert.advice}</strong>
          </p>
        )}
        <p className="alert__reason">{alert.reason}</p>
      </div>
    </div>
  )
}

/**
 * Today's alerts as one compact strip, most serious first (main's order). Emergencies always
 * show; beyond them, a few rows and "Show more". Acknowledging can be undone.
 */
export function AlertStrip() {
  const alerts = useChannel('alerts:list')
  const acknowledge = useChannelMutation('alerts:acknowledge')
  const unacknowledge = useChannelMutation('alerts:unacknowledge')
  const undo = useUndo()
  const { readOnly } = acknowledge
  const [showAll, setShowAll] = useState(false)
  const strip = useRef<HTMLElement>(null)

  // The Acknowledge button just pressed is gone: the keyboard goes on from Undo.
  useEffect(() => {
    if (undo.message) strip.current?.querySelector<HTMLButtonElement>('.banner button')?.focus()
  }, [undo.message])

  if (alerts.isError) {
    return <ErrorBanner title="Alerts could not be checked." error={alerts.error} />
  }
  const all = alerts.data ?? []
  if (all.length === 0 && !undo.message && !undo.actionError) return null
  const collapsed = all.filter((a, i) => a.tier === 'emergency' || i < SHOWN)
  const shown = showAll ? all : collapsed
  const more = all.length - collapsed.length
  return (
    <section ref={strip} className="alert-strip" aria-label="Alerts">
      {shown.length > 0 ? (
        <ul className="alert-strip__list">
          {shown.map((alert) => (
            <li key={alert.key}>
              <AlertRow
                alert={alert}
                busy={acknowledge.isPending || readOnly}
                onAcknowledge={({ key, title }) =>
                  acknowledge.mutate(
                    { key },
                    {
                      onSuccess: () =>
                        undo.offer({
                          message: `Acknowledged: ${title}.`,
                          undo: () => unacknowledge.mutateAsync({ key }),
                        }),
                      onError: undo.fail,
                    },
                  )
                }
              />
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <button
          type="button"
          className="button button--small alert-strip__more"
          aria-expanded={showAll}
          onClick={() => setShowAll((s) => !s)}
        >
          {showAll ? 'Show fewer alerts' : `Show ${more} more ${more === 1 ? 'alert' : 'alerts'}`}
        </button>
      ) : null}
      <UndoBanner message={undo.message} undo={undo} />
    </section>
  )
}
