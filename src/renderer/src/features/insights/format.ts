import { formatPercent } from '@shared/format'

/** A whole percentage of k out of n, for a chart's bar; n = 0 reads as 0. */
export function percent(k: number, n: number): number {
  return n === 0 ? 0 : Math.round((k / n) * 100)
}

/** "67%": k out of n as the locale writes a whole percentage; n = 0 reads as 0%. */
export function percentText(k: number, n: number): string {
  return formatPercent(n === 0 ? 0 : k / n)
}
