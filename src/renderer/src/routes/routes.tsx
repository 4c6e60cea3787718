import { lazy, type ComponentType } from 'react'
import { JournalPage } from '@renderer/features/checkins/JournalPage'
import { SettingsPage } from '@renderer/features/settings/SettingsPage'
import { TodayRoute } from './TodayRoute'
import { TreatmentsRoute } from './TreatmentsRoute'

// The chart screens carry recharts; load them when first opened so Today starts fast.
const EpisodesRoute = lazy(async () => ({
  default: (await import('./EpisodesRoute')).EpisodesRoute,
}))
const TrendsPage = lazy(async () => ({
  default: (await import('@renderer/features/trends/TrendsPage')).TrendsPage,
}))
const ReportPage = lazy(async () => ({
  default: (await import('@renderer/features/report/ReportPage')).ReportPage,
}))

interface Route {
  /** The hash: `#/journal`. */
  id: string
  /** Its name in the navigation. */
  label: string
  Screen: ComponentType
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
  { id: 'report', label: 'Report', Screen: ReportPage },
  { id: 'settings', label: 'Settings', Screen: SettingsPage },
]
