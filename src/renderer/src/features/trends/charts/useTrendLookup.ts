import { useMemo } from 'react'
import type { TreatmentKind } from '@shared/domain/treatment'
import type { TrendDay, Trends } from '@shared/domain/trends'

export interface TrendLookup {
  days: Map<string, TrendDay>
  /** The kinds used on each day (or bucket), for the tooltip. */
  treatments: Map<string, { kind: TreatmentKind; count: number }[]>
  episodes: Trends['episodes']
  /** Treatment kinds in the range, sorted: one marker row each. */
  kinds: TreatmentKind[]
  /** Each kind's own points: row = its place in `kinds`, from 1. */
  markers: Map<TreatmentKind, { date: string; row: number }[]>
}

/** Everything the trend charts and their tooltip look up by date, computed once per answer. */
export function useTrendLookup(trends: Trends): TrendLookup {
  return useMemo(() => {
    const kinds = [...new Set(trends.treatments.map((t) => t.kind))].sort()
    const treatments = new Map<string, { kind: TreatmentKind; count: number }[]>()
    const markers = new Map<TreatmentKind, { date: string; row: number }[]>()
    for (const t of trends.treatments) {
      const day = treatments.get(t.date) ?? []
      day.push({ kind: t.kind, count: t.count })
      treatments.set(t.date, day)
      const points = markers.get(t.kind) ?? []
      points.push({ date: t.date, row: kinds.indexOf(t.kind) + 1 })
      markers.set(t.kind, points)
    }
    return {
      days: new Map(trends.days.map((d) => [d.date, d])),
      treatments,
      episodes: trends.episodes,
      kinds,
      markers,
    }
  }, [trends])
}
