import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import type { TooltipContentProps } from 'recharts'
import { FACTORS } from '@shared/clinical/factors'
import type { FactorsInsight } from '@shared/domain/insights'
import { SERIES } from '@renderer/components/charts/palette'
import { countOf } from '@shared/format'
import { percent } from './format'
import { InsightFigure } from './InsightFigure'

interface FactorBar {
  name: string
  before: number
  other: number | null
  beforeLabel: string
  otherLabel: string
}

function FactorTooltip({ active, payload }: Partial<TooltipContentProps>) {
  const bar = payload?.[0]?.payload as FactorBar | undefined
  if (!active || !bar) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__date">{bar.name}</p>
      <p>Before a spasm: {bar.beforeLabel}</p>
      <p>On other days: {bar.otherLabel}</p>
    </div>
  )
}

/** Bars of the share of spasms each factor came before, next to its share of ordinary days. */
export function FactorChart({ factors: f }: { factors: FactorsInsight }) {
  const bars: FactorBar[] = f.rows
    .filter((row) => row.beforeOnsets > 0 || row.onOrdinaryDays > 0)
    .map((row) => ({
      name: FACTORS[row.code].name,
      before: percent(row.beforeOnsets, f.onsetsWithData),
      other:
        f.ordinaryDaysWithData === 0 ? null : percent(row.onOrdinaryDays, f.ordinaryDaysWithData),
      beforeLabel: `${countOf(row.beforeOnsets, f.onsetsWithData)} (${percent(row.beforeOnsets, f.onsetsWithData)}%)`,
      otherLabel:
        f.ordinaryDaysWithData === 0
          ? 'not recorded'
          : `${countOf(row.onOrdinaryDays, f.ordinaryDaysWithData)} (${percent(row.onOrdinaryDays, f.ordinaryDaysWithData)}%)`,
    }))
  const height = 48 + bars.length * 52
  const title = 'Share of spasms and of other days with each factor'
  return (
    <InsightFigure
      id="insights-factor-chart"
      title={title}
      description="Each factor has two bars: the spasms it came before, and the ordinary days it was ticked on, in percent, with the counts beside them. The table below has the same counts."
      legend={[SERIES.beforeSpasm, SERIES.otherDays]}
      height={height}
    >
      {(width) => (
        <BarChart
          data={bars}
          layout="vertical"
          barGap={2}
          title={title}
          // The counts go right of the bars; narrow windows give the names less room.
          margin={{ right: Math.min(120, Math.round(width * 0.24)) }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" className="chart-grid" />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            interval={0}
            tickFormatter={(v: number) => `${v}%`}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={Math.min(200, Math.round(width * 0.3))}
            interval={0}
          />
          <Tooltip content={<FactorTooltip />} isAnimationActive={false} cursor={false} />
          <Bar
            dataKey="before"
            name={SERIES.beforeSpasm.label}
            className={SERIES.beforeSpasm.tone}
            fill="currentColor"
            isAnimationActive={false}
          >
            <LabelList dataKey="beforeLabel" position="right" className="insights-bar-label" />
          </Bar>
          <Bar
            dataKey="other"
            name={SERIES.otherDays.label}
            className={SERIES.otherDays.tone}
            fill="currentColor"
            fillOpacity={0.35}
            stroke="currentColor"
            strokeDasharray={SERIES.otherDays.dash}
            isAnimationActive={false}
          >
            <LabelList dataKey="otherLabel" position="right" className="insights-bar-label" />
          </Bar>
        </BarChart>
      )}
    </InsightFigure>
  )
}
