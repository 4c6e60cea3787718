import { formatDay, formatDayTime } from '@shared/format'
import type { Alert } from '@shared/domain/alert'
import { TierBadge } from '@renderer/components/TierBadge'
import { NamedButton } from '@renderer/components/NamedButton'
import './alerts.css'

interface AlertBannerProps {
  alert: Alert
  onAcknowledge?: (key: string) => void
  busy?: boolean
  /** False in the history: past alerts are not announced again. */
  live?: boolean
}

/**
 * One alert: its tier in words and symbol, what was recorded and when, and what to do.
 * Emergency and urgent alerts are announced (role="alert"); soon ones are polite (status).
 */
export function AlertBanner({ alert, onAcknowledge, busy = false, live = true }: AlertBannerProps) {
  const headingId = `alert-${alert.key.replace(/[^a-z0-9]+/gi, '-')}`
  return (
    <section
      className={`alert alert--${alert.tier}${live ? '' : ' alert--past'}`}
      role={live ? (alert.tier === 'soon' ? 'status' : 'alert') : undefined}
      aria-labelledby={headingId}
    >
      <header className="alert__header">
        <TierBadge tier={alert.tier} />
        <h3 id={headingId}>{alert.title}</h3>
      </header>
      <p className="alert__advice">
        <strong>{alert.advice}</strong>
      </p>
      <p className="alert__reason">
        {alert.reason} <span className="hint">Recorded {formatDay(alert.recordedOn)}.</span>
      </p>
      {alert.acknowledgedAt ? (
        <p className="hint">✓ Acknowledged {formatDayTime(new Date(alert.acknowledgedAt))}.</p>
      ) : onAcknowledge ? (
        <div className="form-actions">
          <NamedButton
            label="Acknowledge"
            names={`: ${alert.title}`}
            disabled={busy}
            onClick={() => onAcknowledge(alert.key)}
          />
        </div>
      ) : null}
    </section>
  )
}
