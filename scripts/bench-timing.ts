import { performance } from 'node:perf_hooks'
import { loadavg } from 'node:os'

/*
 * Timing shared by `npm run bench` and `npm run bench:against`: functions timed in turn, run for
 * run, so a busy machine slows them alike and what differs between them is their own cost.
 */

export type Timing = { p50: number; p95: number }

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? NaN
}

/** p50 and p95 of each function over `runs` rounds, after 20 rounds to warm caches and JITs. */
export async function timeInTurn(fns: (() => unknown)[], runs: number): Promise<Timing[]> {
  for (let i = 0; i < 20; i++) for (const fn of fns) await fn()
  const times = fns.map((): number[] => [])
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of fns.entries()) {
      const start = performance.now()
      await fn()
      times[k]?.push(performance.now() - start)
    }
    // A turn of the event loop between rounds, untimed: awaiting the handlers alone never
    // leaves the microtasks, so Ctrl-C would wait for the end.
    await new Promise((resolve) => setImmediate(resolve))
  }
  return times.map((list) => {
    list.sort((a, b) => a - b)
    return { p50: percentile(list, 0.5), p95: percentile(list, 0.95) }
  })
}

/** The machine's load, printed with every table: a number means little without it. */
export const loadAverage = (): string =>
  `${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} (1 / 5 / 15 min)`

/** A Markdown table, columns padded to their widest cell. */
export function markdownTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [
    line(rows[0] ?? []),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n')
}
