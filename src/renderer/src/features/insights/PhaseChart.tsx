import { formatNumber } from '@shared/format'
import type { ReactNode } from 'react'
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { TooltipContentProps } from 'recharts'
import { EPISODE_PHASES, PHASE_LABELS } from '@shared/clinical/insights'
import { MEANINGFUL_CHANGE } from '@shared/clinical/thresholds'
import type { PhaseEffect } from '@shared/domain/insights'
import { TREATMENT_KIND_LABELS, type TreatmentKind } from '@shared/domain/treatment'
import { seriesLine, treatmentLineStyle } from '@renderer/components/charts/palette'
import { countOf } from '@shared/format'
import { percent, percentText } from './format'
import { InsightFigure } from './InsightFigure'

type PhaseRow = { phase: string } & Partial<Record<TreatmentKind, number | null>>

function PhaseTooltip({
  active,
  label,
  payload,
  kinds,
  cells,
}: Partial<TooltipContentProps> & {
  kinds: TreatmentKind[]
  cells: Map<string, string>
}) {
  if (!active || !payload?.length || typeof label !== 'string') return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__date">{label}</p>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            {TREATMENT_KIND_LABELS[kind]}: {cells.get(`${kind}|${label}`) ?? 'no sessions'}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** What a cell of the phase table says: the drops out of rated sessions, or what is missing. */
export function phaseCell(row: PhaseEffect | undefined): string {
  if (!row) return 'No sessions'
  if (row.effect.status === 'not_enough_data') {
    return `${row.ratedSessions} rated (numbers from ${row.effect.minimumRated})`
  }
  const mean = Math.round(row.effect.meanChange * 10) / 10
  const change =
    mean === 0 ? 'no change' : `${mean > 0 ? '−' : '+'}${formatNumber(Math.abs(mean), 1)}`
  return (
    `${countOf(row.effect.meaningfulDrops, row.ratedSessions)} dropped ${MEANINGFUL_CHANGE}+ ` +
    `(${percentText(row.effect.meaningfulDrops, row.ratedSessions)}), mean ${change}`
  )
}

/**
 * Per treatment with enough rated sessions in some phase: the share of sessions followed by a
 * drop of 2 points or more, on days 1–2, 3–7, 8 on and outside episodes; gaps where too few.
 */
export function PhaseChart({
  phases,
  kinds,
  table,
}: {
  phases: readonly PhaseEffect[]
  kinds: TreatmentKind[]
  table: ReactNode
}) {
  const cells = new Map<string, string>()
  for (const p of phases) cells.set(`${p.kind}|${PHASE_LABELS[p.phase]}`, phaseCell(p))
  const rows: PhaseRow[] = EPISODE_PHASES.map((phase) => {
    const row: PhaseRow = { phase: PHASE_LABELS[phase] }
    for (const kind of kinds) {
      const p = phases.find((x) => x.kind === kind && x.phase === phase)
      row[kind] =
        p?.effect.status === 'enough_data'
          ? percent(p.effect.meaningfulDrops, p.ratedSessions)
          : null
    }
    return row
  })
  const styles = kinds.map((kind) => treatmentLineStyle(kind))
  const title = `Sessions followed by a drop of ${MEANINGFUL_CHANGE} points or more, by phase`
  return (
    <InsightFigure
      id="insights-phase-chart"
      title={title}
      description="The share of rated sessions of each treatment after which pain was at least 2 points lower, by the day of the episode; a phase with too few rated sessions is left out."
      legend={styles}
      height={260}
      table={table}
    >
      {() => (
        <LineChart data={rows} title={title} margin={{ top: 12, right: 40, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          <XAxis dataKey="phase" interval={0} padding={{ left: 30, right: 30 }} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            interval={0}
            tickFormatter={(v: number) => `${v}%`}
            width={44}
          />
          <Tooltip
            content={<PhaseTooltip kinds={kinds} cells={cells} />}
            isAnimationActive={false}
          />
          {kinds.map((kind, i) => {
            const style = styles[i]
            if (!style) return null
            return (
              <Line
                key={kind}
                dataKey={kind}
                {...seriesLine(style)}
                activeDot={{ r: 5, fill: 'currentColor', className: style.tone }}
                connectNulls={false}
              />
            )
          })}
        </LineChart>
      )}
    </InsightFigure>
  )
}
