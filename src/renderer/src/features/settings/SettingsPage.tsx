import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { Page } from '@renderer/components/Page'
import { Summary, SummaryItem } from '@renderer/components/Summary'
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
          <Summary>
            <SummaryItem term="Journal file" wide>
              <code>{info.data.dataFile}</code>
            </SummaryItem>
            <SummaryItem term="Version" wide>
              {info.data.name} {info.data.version} · schema {info.data.schemaVersion}
            </SummaryItem>
          </Summary>
        ) : null}
        {info.data?.dataFolderWarning ? (
          <p className="banner banner--info">{info.data.dataFolderWarning}</p>
        ) : null}
        <p className="hint">
          Everything stays on this computer. To keep the journal somewhere else, start Unknot with{' '}
          <code>--data-dir=FOLDER</code> or set <code>UNKNOT_DATA_DIR</code>.
        </p>
      </section>
      <RemindersSettings />
      <HealthHistorySettings />
      <UnitSettings />
      <BackupSection />
      <AutomaticBackups />
    </Page>
  )
}
