/** A whole percentage of k out of n; n = 0 reads as 0. */
export function percent(k: number, n: number): number {
  return n === 0 ? 0 : Math.round((k / n) * 100)
}
