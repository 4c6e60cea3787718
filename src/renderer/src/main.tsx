import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { TimerProvider } from './timers/TimerProvider'
import './styles.css'

// The diary is local: no refetch on focus or retries, a failed call is shown, not repeated.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
    mutations: { retry: false },
  },
})

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TimerProvider>
        <App />
      </TimerProvider>
    </QueryClientProvider>
  </StrictMode>,
)
