import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { formatDay, formatLongDay } from '@shared/format'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { Page } from '@renderer/components/Page'
import { presetChoice, RangePicker, type RangeChoice } from '@renderer/components/RangePicker'
import { useChannel } from '@renderer/lib/channels'
import { useWidth } from '@renderer/lib/useWidth'
import { TrendCharts } from './charts/TrendCharts'
import { maxTrendPoints, trendPlotWidth } from './charts/trend-width'
import { trendSummary } from './trend-summary'
import { TRENDS_DEFAULT_PRESET } from './trends-default'
import './trends.css'

/** Trends: a range, the summary sentence main's means allow, and the charts. */
export function TrendsPage() {
  const [choice, setChoice] = useState<RangeChoice>(() => presetChoice(TRENDS_DEFAULT_PRESET))
  // Asked once the page is laid out: no more points than the plot has pixel columns.
  const [pageRef, width] = useWidth<HTMLDivElement>()
  const plotWidth = width ? trendPlotWidth(width) : undefined
  const maxPoints = plotWidth === undefined ? undefined : maxTrendPoints(plotWidth)
  // Switching ranges keeps the old charts on screen until the new series arrive.
  const trends = useChannel(
    'trends:get',
    { ...choice.range, ...(maxPoints === undefined ? {} : { maxPoints }) },
    { placeholderData: keepPreviousData, enabled: width !== null },
  )
  const data = trends.data
  return (
    <Page
      ref={pageRef}
      title="Trends"
      className="trends-page"
      actions={<RangePicker value={choice} onChange={setChoice} label="Show the last" />}
    >
      {trends.isError ? (
        <ErrorBanner title="The charts could not be loaded." error={trends.error} />
      ) : null}
      {trends.isPending ? <p className="hint">Loading the charts…</p> : null}
      {data?.empty ? (
        <section className="card empty-state" aria-labelledby="trends-empty">
          <h2 id="trends-empty">Nothing to chart yet for this range</h2>
          <p>
            Charts appear once there are check-ins. Record a morning and an evening check-in on the{' '}
            <a href="#/today">Today</a> page for a few days — it takes under ten seconds each — and
            come back here to see whether mornings or evenings are worse. Past days can be added
            from the <a href="#/journal">Journal</a>.
          </p>
        </section>
      ) : null}
      {data && !data.empty ? (
        <>
          <section
            className="card trend-summary"
            aria-labelledby="trends-summary"
            aria-live="polite"
          >
            <h2 id="trends-summary">
              {formatDay(data.from)} – {formatDay(data.to)}
            </h2>
            {data.diaryStart !== null ? (
              // A range longer than the diary would otherwise look the same as a shorter one.
              <p>
                Your diary starts on {formatLongDay(data.diaryStart)}: this range shows everything
                since then.
              </p>
            ) : null}
            <p className="hint">
              {data.summary.morningCheckins} morning and {data.summary.eveningCheckins} evening
              check-ins in this range.
            </p>
            {trendSummary(data).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </section>
          <TrendCharts trends={data} plotWidth={plotWidth} />
        </>
      ) : null}
    </Page>
  )
}
