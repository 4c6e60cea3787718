import { addDays } from 'date-fns'
import { fromIsoDate, toIsoDate, type IsoDate } from '../../dates'

/*
 * How long a design runs, apart from its schedule: the window shows the end date while a person
 * designs an experiment, and must not load the random generator schedule.ts draws with (its
 * library probes eval, which the window's Content-Security-Policy refuses; docs/security.md).
 */

interface DesignLength {
  startsOn: IsoDate
  pairs: number
  periodDays: number
}

export function totalDays(design: Pick<DesignLength, 'pairs' | 'periodDays'>): number {
  return design.pairs * 2 * design.periodDays
}

export function endsOn(design: DesignLength): IsoDate {
  return toIsoDate(addDays(fromIsoDate(design.startsOn), totalDays(design) - 1))
}
