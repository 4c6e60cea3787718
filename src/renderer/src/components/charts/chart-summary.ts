/** One point of a series as a chart's text alternative reads it. */
export interface SummaryPoint {
  /** When, in words: "Tue 24 Nov 2026", "week ending Sun 1 Mar 2026". */
  when: string
  value: number | null
}

/**
 * A series in one sentence, for a chart's text summary: how many points it has, where it started
 * and ended and its highest value (the first time it was reached). Points without a value are
 * gaps and are not counted.
 *
 *   "Morning stiffness: 12 days, from 6 (Tue, 3 Nov 2026) to 4 (Sat, 14 Nov 2026); highest 8 on …"
 */
export function seriesSentence(
  name: string,
  points: readonly SummaryPoint[],
  {
    format,
    unit,
  }: {
    format: (value: number) => string
    /** What a point is, and the word before `when`: on a day, in a week. */
    unit: { one: string; other: string; at: 'on' | 'in' }
  },
): string {
  const known = points.filter((p): p is SummaryPoint & { value: number } => p.value !== null)
  const first = known[0]
  const last = known[known.length - 1]
  if (!first || !last) return `${name}: nothing recorded in this range.`
  if (known.length === 1) {
    return `${name}: ${format(first.value)} ${unit.at} ${first.when}, the only ${unit.one} recorded.`
  }
  const highest = known.reduce((top, p) => (p.value > top.value ? p : top), first)
  return (
    `${name}: ${known.length} ${unit.other}, from ${format(first.value)} (${first.when}) ` +
    `to ${format(last.value)} (${last.when}); highest ${format(highest.value)} ${unit.at} ${highest.when}.`
  )
}
