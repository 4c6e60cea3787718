// Before anything parses with zod (see the file).
import './lib/zod-without-eval'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// The tokens and the shared styles first: every feature's styles come after and build on them.
import './styles/tokens.css'
import './styles/base.css'
import { TimerProvider } from '@renderer/features/timers/TimerProvider'
import { channelRead, prefetchReads } from '@renderer/lib/channels'
import { loadDisplayLocale } from '@renderer/lib/locale'
import { startScreenReads } from '@renderer/routes/routes'
import { App } from './App'

// The diary is local: no refetch on focus or retries, a failed call is shown, not repeated.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
    mutations: { retry: false },
  },
})

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
// What the first screen needs is asked at once, before the first render: the journal's state
// (App) and what the screen reads. Each is on its way while the locale loads, not one round trip
// after the render that needs it (docs/performance.md, "Opening the app, step by step").
prefetchReads(queryClient, [channelRead('journal:status'), ...startScreenReads()])
await loadDisplayLocale(queryClient)
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TimerProvider>
        <App />
      </TimerProvider>
    </QueryClientProvider>
  </StrictMode>,
)
