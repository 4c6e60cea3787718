import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { Page } from '@renderer/components/Page'
import { useChannel } from '@renderer/lib/channels'
import { AutomaticBackups } from './AutomaticBackups'
import { BackupSection } from './BackupSection'
import { HealthHistorySettings } from './HealthHistorySettings'
import { UnitSettings } from './UnitSettings'
import { RemindersSettings } from './RemindersSettings'
import './settings.css'

/** Settings: where the data is, reminders, health-history answers, backup and restore. */
export function SettingsPage() {
  const info = useChannel('app:info')
  return (
    <Page title="Settings">
      <section className="card" aria-labelledby="settings-data">
        <h2 id="settings-data">Your data</h2>
        {info.isError ? (
          <ErrorBanner title="App details could not be loaded." error={info.error} />
        ) : null}
        {info.data ? (
          <>
            <p>
              Your journal is kept on this computer only, in one file:{' '}
              <code className="settings-data__file">{info.data.dataFile}</code>
            </p>
            <p>
              This is {info.data.name} version {info.data.version}.
            </p>
          </>
        ) : null}
        {info.data?.dataFolderWarning ? (
          <p className="banner banner--info">{info.data.dataFolderWarning}</p>
        ) : null}
        {info.data ? (
          <details className="settings-data__details">
            <summary>Details for support</summary>
            <p className="hint">
              Journal format (schema) {info.data.schemaVersion}. To keep the journal in another
              folder, start Unknot with <code>--data-dir=FOLDER</code> or set the environment
              variable <code>UNKNOT_DATA_DIR</code>.
            </p>
          </details>
        ) : null}
      </section>
      <RemindersSettings />
      <HealthHistorySettings />
      <UnitSettings />
      <BackupSection />
      <AutomaticBackups />
    </Page>
  )
}
