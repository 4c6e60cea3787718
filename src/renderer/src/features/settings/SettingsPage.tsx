import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { useChannel } from '@renderer/lib/channels'
import { BackupSection } from './BackupSection'
import { HealthHistorySettings } from './HealthHistorySettings'
import './settings.css'

/** Settings: where the data is, health-history answers, backup and restore. */
export function SettingsPage() {
  const info = useChannel('app:info')
  return (
    <div className="page">
      <header className="page__header">
        <h1>Settings</h1>
      </header>
      <section className="card" aria-labelledby="settings-data">
        <h2 id="settings-data">Your data</h2>
        {info.isError ? (
          <ErrorBanner title="App details could not be loaded." error={info.error} />
        ) : null}
        {info.data ? (
          <dl className="summary">
            <div>
              <dt>Journal file</dt>
              <dd>
                <code>{info.data.dataFile}</code>
              </dd>
            </div>
            <div>
              <dt>Version</dt>
              <dd>
                {info.data.name} {info.data.version} · schema {info.data.schemaVersion}
              </dd>
            </div>
          </dl>
        ) : null}
        <p className="hint">
          Everything stays on this computer. To keep the journal somewhere else, start Unknot with{' '}
          <code>--data-dir=FOLDER</code> or set <code>UNKNOT_DATA_DIR</code>.
        </p>
      </section>
      <HealthHistorySettings />
      <BackupSection />
      <section className="card">
        <p>
          <strong>Coming later.</strong> Check-in reminders and the temperature unit.
        </p>
      </section>
    </div>
  )
}
