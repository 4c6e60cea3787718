import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { AlertBanner } from './AlertBanner'
import './alerts.css'

/** Active alerts, most serious first (the order main answers with), each with its action. */
export function ActiveAlerts() {
  const alerts = useChannel('alerts:list')
  const acknowledge = useChannelMutation('alerts:acknowledge', { invalidates: ['alerts'] })
  if (alerts.isError) {
    return <ErrorBanner title="Alerts could not be checked." error={alerts.error} />
  }
  if (!alerts.data || alerts.data.length === 0) return null
  return (
    <section className="alerts" aria-label="Alerts">
      {acknowledge.error ? (
        <ErrorBanner title="The alert could not be acknowledged." error={acknowledge.error} />
      ) : null}
      {alerts.data.map((alert) => (
        <AlertBanner
          key={alert.key}
          alert={alert}
          busy={acknowledge.isPending}
          onAcknowledge={(key) => acknowledge.mutate({ key })}
        />
      ))}
    </section>
  )
}
