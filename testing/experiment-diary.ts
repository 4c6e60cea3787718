import { afterEach, beforeEach } from 'vitest'
import { openTempDiary, type TempDiary } from './temp-diary'

/** The design experiment tests start from: stretching or not, 6 pairs of 2-day periods. */
export const STRETCH_DRAFT = {
  question: 'stretch_routine',
  outcome: 'evening_pain',
  startsOn: '2026-12-07',
  pairs: 6,
  periodDays: 2,
  washoutDays: 0,
}

/**
 * A fresh temp diary for each test of the file, its clock at 09:00 on the first day of
 * STRETCH_DRAFT; a test moves the clock on with `setClock` (a local date-time).
 */
export function experimentDiaryPerTest(): {
  readonly diary: TempDiary
  setClock: (at: string) => void
} {
  const start = `${STRETCH_DRAFT.startsOn}T09:00:00`
  let clock = new Date(start)
  let current: TempDiary | undefined
  beforeEach(() => {
    clock = new Date(start)
    current = openTempDiary({ now: () => clock })
  })
  afterEach(() => current?.close())
  return {
    get diary() {
      if (!current) throw new Error('The temp diary is open only during a test.')
      return current
    },
    setClock: (at) => {
      clock = new Date(at)
    },
  }
}

/**
 * Saves an evening check-in on each planned day but the one at `skip` (a day without one): pain 3
 * on option A's days and 5 on B's, with a little day-to-day noise. Answers the days saved, each
 * with its place in the plan (`i`) and its pain (`value`), for a test to recompute the result.
 */
export async function saveEvenings<D extends { date: string; option: string }>(
  diary: TempDiary,
  days: readonly D[],
  skip: number,
): Promise<(D & { i: number; value: number })[]> {
  const evenings = days
    .map((d, i) => ({ ...d, i, value: (d.option === 'A' ? 3 : 5) + (i % 3) - 1 }))
    .filter((d) => d.i !== skip)
  for (const d of evenings) {
    await diary.ok('checkins:save', {
      date: d.date,
      slot: 'evening',
      pain: d.value,
      stiffness: 2,
      spasmFrequency: 0,
    })
  }
  return evenings
}
