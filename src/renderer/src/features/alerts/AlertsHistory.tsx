import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannel } from '@renderer/lib/channels'
import { AlertBanner } from './AlertBanner'
import './alerts.css'

/** Acknowledged alerts, newest acknowledgement first, as they read when acknowledged. */
export function AlertsHistory() {
  const history = useChannel('alerts:history')
  return (
    <section className="card" aria-labelledby="alerts-history">
      <h2 id="alerts-history">Alerts history</h2>
      {history.isError ? (
        <ErrorBanner title="The alerts history could not be loaded." error={history.error} />
      ) : null}
      {history.data && history.data.length === 0 ? (
        <p className="empty">No acknowledged alerts yet.</p>
      ) : null}
      <ul className="alert-list" aria-label="Acknowledged alerts">
        {history.data?.map((alert) => (
          <li key={alert.key}>
            <AlertBanner alert={alert} live={false} />
          </li>
        ))}
      </ul>
    </section>
  )
}
