import { formatPercent } from '@shared/format'

/** "4 of 5", "1 of 1 spasm": a count out of its n, the unit in the plural when n calls for it. */
export function countOf(k: number, n: number, unit?: string): string {
  if (!unit) return `${k} of ${n}`
  return `${k} of ${n} ${n === 1 ? unit : `${unit}s`}`
}

/** A whole percentage of k out of n, for a chart's bar; n = 0 reads as 0. */
export function percent(k: number, n: number): number {
  return n === 0 ? 0 : Math.round((k / n) * 100)
}

/** "67%": k out of n as the locale writes a whole percentage; n = 0 reads as 0%. */
export function percentText(k: number, n: number): string {
  return formatPercent(n === 0 ? 0 : k / n)
}

export function plural(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`}`
}
