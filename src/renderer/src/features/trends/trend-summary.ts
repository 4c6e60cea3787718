import { formatNumber } from '@shared/format'
import type { Trends } from '@shared/domain/trends'

const one = (n: number) => formatNumber(n, 1)

type Comparison = Trends['summary']['pain']

/** A sentence from the means main computed; the numbers are never recomputed here. */
function compare(c: Comparison, measure: 'stiff' | 'pain'): string {
  const noun = measure === 'stiff' ? 'stiffness' : 'pain'
  if (
    c.worse === null ||
    c.morningMean === null ||
    c.eveningMean === null ||
    c.difference === null
  ) {
    return `There are not enough morning and evening check-ins to compare ${noun}.`
  }
  const both = `morning ${one(c.morningMean)}, evening ${one(c.eveningMean)} out of 10`
  if (c.worse === 'same') {
    return measure === 'stiff'
      ? `Mornings and evenings were about equally stiff (${both}).`
      : `Pain was about the same in the mornings and evenings (${both}).`
  }
  const by = Math.abs(c.difference)
  const lead =
    measure === 'stiff'
      ? c.worse === 'morning'
        ? 'Mornings were stiffer than evenings'
        : 'Evenings were stiffer than mornings'
      : c.worse === 'morning'
        ? 'Pain was higher in the mornings than in the evenings'
        : 'Pain was higher in the evenings than in the mornings'
  // docs/clinical-rules.md#scales: a change of 2 points or more is the usual threshold for a
  // meaningful change.
  const meaning = by >= 2 ? ' — a difference of 2 points or more is usually a real one' : ''
  return `${lead} by ${one(by)} point${by === 1 ? '' : 's'} on average (${both})${meaning}.`
}

export function trendSummary(trends: Trends): string[] {
  return [compare(trends.summary.stiffness, 'stiff'), compare(trends.summary.pain, 'pain')]
}
