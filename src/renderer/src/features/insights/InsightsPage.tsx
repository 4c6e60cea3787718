import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { formatDay } from '@shared/format'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { presetChoice, RangePicker, type RangeChoice } from '@renderer/components/RangePicker'
import { useChannel } from '@renderer/lib/channels'
import { HowToRead } from './HowToRead'
import { INSIGHTS_DEFAULT_PRESET, InsightsBody } from './InsightsBody'
import './insights.css'

/**
 * Insights: what came before spasms, how episodes recover, what helped at which stage, and the
 * early signs; every figure with its n, worded "was present before" / "was followed by".
 */
export function InsightsPage() {
  const [choice, setChoice] = useState<RangeChoice>(() => presetChoice(INSIGHTS_DEFAULT_PRESET))
  // Switching ranges keeps the old answer on screen until the new one arrives.
  const query = useChannel('insights:get', choice.range, { placeholderData: keepPreviousData })
  const data = query.data
  return (
    <div className="page insights-page">
      <header className="page__header">
        <h1>Insights</h1>
        <RangePicker value={choice} onChange={setChoice} label="Look at the last" />
      </header>
      <HowToRead />
      {query.isError ? (
        <ErrorBanner title="Your insights could not be worked out." error={query.error} />
      ) : null}
      {query.isPending ? <p className="hint">Looking through your diary…</p> : null}
      {data ? (
        <>
          <p className="insights-period" aria-live="polite">
            Spasms that started, and days recorded, from <strong>{formatDay(data.from)}</strong> to{' '}
            <strong>{formatDay(data.to)}</strong>.
          </p>
          <InsightsBody insights={data} />
        </>
      ) : null}
    </div>
  )
}
