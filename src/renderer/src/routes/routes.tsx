import { lazy, type ComponentType } from 'react'
import { JournalPage } from '@renderer/features/checkins/JournalPage'
import { SettingsPage } from '@renderer/features/settings/SettingsPage'
import { WelcomePage } from '@renderer/features/welcome/WelcomePage'
import { TodayRoute } from './TodayRoute'
import { SCREENS_LOADED } from './screens-loaded'
import { TreatmentsRoute } from './TreatmentsRoute'

// The chart screens carry recharts: each loads on its own, fetched while the app is idle after
// it starts (preloadScreens) so Today starts fast and the first click on a chart does not wait.
const loadEpisodes = () => import('./EpisodesRoute')
const loadTrends = () => import('@renderer/features/trends/TrendsPage')
const loadInsights = () => import('@renderer/features/insights/InsightsPage')
const loadReport = () => import('@renderer/features/report/ReportPage')

const EpisodesRoute = lazy(async () => ({ default: (await loadEpisodes()).EpisodesRoute }))
const TrendsPage = lazy(async () => ({ default: (await loadTrends()).TrendsPage }))
const InsightsPage = lazy(async () => ({ default: (await loadInsights()).InsightsPage }))
const ReportPage = lazy(async () => ({ default: (await loadReport()).ReportPage }))

/**
 * Fetches every lazily loaded screen while the app is idle after it starts: the modules stay
 * cached, so the first click on a chart screen does not wait for its code. Marks the timeline
 * when done (for profiles and the page benchmark).
 */
export async function preloadScreens(): Promise<void> {
  await Promise.all([loadTrends(), loadInsights(), loadEpisodes(), loadReport()])
  performance.mark(SCREENS_LOADED)
}

interface Route {
  /** The hash: `#/journal`. */
  id: string
  /** Its name in the navigation. */
  label: string
  Screen: ComponentType
  /** Reached by a link, not listed in the navigation (the welcome). */
  hidden?: boolean
}

/**
 * Every screen, in navigation order. A screen of one feature is that feature's page; a screen
 * that composes several features is a shell in this folder.
 */
export const ROUTES: readonly Route[] = [
  { id: 'today', label: 'Today', Screen: TodayRoute },
  { id: 'journal', label: 'Journal', Screen: JournalPage },
  { id: 'episodes', label: 'Episodes', Screen: EpisodesRoute },
  { id: 'treatments', label: 'Treatments', Screen: TreatmentsRoute },
  { id: 'trends', label: 'Trends', Screen: TrendsPage },
  { id: 'insights', label: 'Insights', Screen: InsightsPage },
  { id: 'report', label: 'Report', Screen: ReportPage },
  { id: 'settings', label: 'Settings', Screen: SettingsPage },
  { id: 'welcome', label: 'Welcome', Screen: WelcomePage, hidden: true },
]
