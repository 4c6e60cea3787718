/** "4 of 5", "1 of 1 spasm": a count out of its n, the unit in the plural when n calls for it. */
export function countOf(k: number, n: number, unit?: string): string {
  if (!unit) return `${k} of ${n}`
  return `${k} of ${n} ${n === 1 ? unit : `${unit}s`}`
}

/** A whole percentage of k out of n; n = 0 reads as 0. */
export function percent(k: number, n: number): number {
  return n === 0 ? 0 : Math.round((k / n) * 100)
}

export function plural(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`}`
}
