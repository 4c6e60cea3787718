import { AlertsHistory } from '@renderer/features/alerts/AlertsHistory'
import { EpisodesPage } from '@renderer/features/episodes/EpisodesPage'

/** Episodes, then the alerts acknowledged so far. */
export function EpisodesRoute() {
  return (
    <EpisodesPage>
      <AlertsHistory />
    </EpisodesPage>
  )
}
