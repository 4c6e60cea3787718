import { lazy, useState, type ComponentType } from 'react'
import { toIsoDate } from '@shared/dates'
import { JournalPage } from '@renderer/features/checkins/JournalPage'
import { SettingsPage } from '@renderer/features/settings/SettingsPage'
import { WelcomePage } from '@renderer/features/welcome/WelcomePage'
import type { ChannelRead } from '@renderer/lib/channels'
import { TodayRoute, todayReads } from './TodayRoute'
import { SCREENS_LOADED } from './screens-loaded'
import { TreatmentsRoute } from './TreatmentsRoute'

/**
 * A screen whose code loads on its own (the chart screens carry recharts). Once its code is in,
 * it renders at once: React holds back what a Suspense boundary reveals for up to 300 ms, which
 * a lazy component pays on every first render even when its module is cached.
 */
function loadedLater(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | null = null
  const fetchCode = () =>
    load().then((Screen) => {
      loaded = Screen
      return Screen
    })
  const Lazy = lazy(async () => ({ default: await fetchCode() }))
  function Screen() {
    // Chosen once per visit: switching from the lazy wrapper to the loaded screen would remount it.
    const [Chosen] = useState<ComponentType>(() => loaded ?? Lazy)
    return <Chosen />
  }
  return { Screen, fetchCode }
}

const episodes = loadedLater(async () => (await import('./EpisodesRoute')).EpisodesRoute)
const trends = loadedLater(
  async () => (await import('@renderer/features/trends/TrendsPage')).TrendsPage,
)
const insights = loadedLater(
  async () => (await import('@renderer/features/insights/InsightsPage')).InsightsPage,
)
const experiments = loadedLater(
  async () => (await import('@renderer/features/experiments/ExperimentsPage')).ExperimentsPage,
)
const report = loadedLater(
  async () => (await import('@renderer/features/report/ReportPage')).ReportPage,
)

/**
 * Fetches every separately loaded screen once the first screen has its answers and the app is
 * idle (App), so Today starts fast and the first click on a chart screen neither waits for its code nor suspends. Marks the
 * timeline when done (for profiles and the page benchmark).
 */
export async function preloadScreens(): Promise<void> {
  await Promise.all([trends, insights, episodes, experiments, report].map((s) => s.fetchCode()))
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
  /** What its first render reads, asked before it when the window opens on it (main.tsx). */
  reads?: (today: string) => ChannelRead[]
}

/**
 * Every screen, in navigation order. A screen of one feature is that feature's page; a screen
 * that composes several features is a shell in this folder.
 */
export const ROUTES: readonly Route[] = [
  { id: 'today', label: 'Today', Screen: TodayRoute, reads: todayReads },
  { id: 'journal', label: 'Journal', Screen: JournalPage },
  { id: 'episodes', label: 'Episodes', Screen: episodes.Screen },
  { id: 'treatments', label: 'Treatments', Screen: TreatmentsRoute },
  { id: 'trends', label: 'Trends', Screen: trends.Screen },
  { id: 'insights', label: 'Insights', Screen: insights.Screen },
  { id: 'experiments', label: 'Experiments', Screen: experiments.Screen },
  { id: 'report', label: 'Report', Screen: report.Screen },
  { id: 'settings', label: 'Settings', Screen: SettingsPage },
  { id: 'welcome', label: 'Welcome', Screen: WelcomePage, hidden: true },
]

/** The screen the address names: `#/trends`; Today for none or an unknown one. */
export function routeFromHash(): string {
  const id = window.location.hash.replace(/^#\/?/, '')
  return ROUTES.some((r) => r.id === id) ? id : 'today'
}

/** What the screen the window opens on reads on its first render (main.tsx asks it first). */
export function startScreenReads(): ChannelRead[] {
  return ROUTES.find((r) => r.id === routeFromHash())?.reads?.(toIsoDate(new Date())) ?? []
}
