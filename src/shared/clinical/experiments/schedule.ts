import { addDays } from 'date-fns'
import mt19937 from '@stdlib/random-base-mt19937'
import { fromIsoDate, toIsoDate, type IsoDate } from '../../dates'

/**
 * The calendar of an n-of-1 experiment (docs/clinical-rules.md): `pairs` blocks of two periods
 * of `periodDays` each, the order of the two options within each pair drawn once from the stored
 * seed. The first `washoutDays` of every period are wash-out: the option is done, not counted.
 */
export interface Design {
  startsOn: IsoDate
  pairs: number
  periodDays: number
  washoutDays: number
  seed: number
}

export type Option = 'A' | 'B'

export interface PlannedDay {
  date: IsoDate
  option: Option
  /** 1-based pair number. */
  pair: number
  washout: boolean
}

/** A seeded 32-bit Mersenne Twister; the same seed draws the same numbers on every machine. */
export function seededUniform(seed: number): () => number {
  const rand = mt19937.factory({ seed })
  return () => rand() / 2 ** 32
}

/** The order of each pair: `true` when option A comes first. One draw per pair, in order. */
export function drawPairOrders(pairs: number, seed: number): boolean[] {
  const uniform = seededUniform(seed)
  return Array.from({ length: pairs }, () => uniform() < 0.5)
}

/** Every day of the design, in date order, with its option. */
export function planSchedule(design: Design): PlannedDay[] {
  const orders = drawPairOrders(design.pairs, design.seed)
  const start = fromIsoDate(design.startsOn)
  const days: PlannedDay[] = []
  orders.forEach((aFirst, index) => {
    const periods: Option[] = aFirst ? ['A', 'B'] : ['B', 'A']
    periods.forEach((option, half) => {
      for (let d = 0; d < design.periodDays; d += 1) {
        const offset = (index * 2 + half) * design.periodDays + d
        days.push({
          date: toIsoDate(addDays(start, offset)),
          option,
          pair: index + 1,
          washout: d < design.washoutDays,
        })
      }
    })
  })
  return days
}
