import { format } from 'date-fns'
import type { AutomaticBackupKind } from '../../shared/domain/journal'

/** How many snapshots survive pruning: the newest of each of the last 7 days, 4 weeks, 6 months. */
export const RETENTION = { daily: 7, weekly: 4, monthly: 6 } as const
/** A copy made before a restore or a migration is kept this long whatever else is kept. */
export const SAFETY_COPY_DAYS = 7

export interface Dated {
  name: string
  kind: AutomaticBackupKind
  createdAt: Date
  /** A copy of a journal without entries (named `-empty`). */
  empty?: boolean
}

function newestPer(list: readonly Dated[], period: (d: Date) => string, count: number): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const item of list) {
    const key = period(item.createdAt)
    if (seen.has(key)) continue
    if (seen.size === count) break
    seen.add(key)
    kept.push(item.name)
  }
  return kept
}

/**
 * The snapshots to keep (grandfather-father-son, by the dates in their names): the newest of
 * each of the last RETENTION.daily days that have one, of the last weeks and of the last months,
 * plus every copy made before a restore or migration in the last SAFETY_COPY_DAYS (or dated
 * ahead of the clock), plus `keep` (the snapshot just made). Anything else may be pruned.
 * Copies with entries are also counted on their own, so copies of an empty journal (one that
 * was emptied, say) never take their places.
 */
export function snapshotsToKeep(
  list: readonly Dated[],
  now: Date,
  keep: readonly string[] = [],
): Set<string> {
  const newestFirst = [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
  const safetySince = now.getTime() - SAFETY_COPY_DAYS * 86_400_000
  const generations = (from: readonly Dated[]) => [
    ...newestPer(from, (d) => format(d, 'yyyy-MM-dd'), RETENTION.daily),
    ...newestPer(from, (d) => format(d, "RRRR-'W'II"), RETENTION.weekly),
    ...newestPer(from, (d) => format(d, 'yyyy-MM'), RETENTION.monthly),
  ]
  return new Set([
    ...keep,
    ...generations(newestFirst),
    ...generations(newestFirst.filter((s) => s.empty !== true)),
    ...newestFirst
      .filter((s) => s.kind !== 'daily' && s.createdAt.getTime() >= safetySince)
      .map((s) => s.name),
  ])
}
