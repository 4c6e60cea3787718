import { addDays, format } from 'date-fns'
import type { DB } from '../src/main/db/database'
import { fromIsoDate, toIsoDate } from '../src/shared/dates'
import { TREATMENT_KINDS } from '../src/shared/domain/treatment'
import { FACTOR_CODES, type FactorCode } from '../src/shared/clinical/factors'
import {
  insertCheckin,
  insertDayFactors,
  insertEpisode,
  insertOnsetFactors,
  insertTreatment,
} from './diary-rows'
import { seededRandom } from './seeded-random'

export interface SyntheticCounts {
  checkins: number
  episodes: number
  treatments: number
  /** Answered factor checklists: on episodes, and on evening check-ins. */
  onsetChecklists: number
  dayChecklists: number
  from: string
  to: string
}

const MEDICATIONS = ['Ibuprofen 400 mg', 'Paracetamol 1 g', 'Naproxen 250 mg']

/**
 * How often each factor is ticked before an onset and on an ordinary evening: long sitting,
 * poor sleep and stress come before spasms more often than on other days, the rest equally.
 */
const FACTOR_ODDS: Record<FactorCode, { onset: number; day: number }> = {
  long_sitting: { onset: 0.6, day: 0.2 },
  long_drive: { onset: 0.1, day: 0.08 },
  heavy_lifting: { onset: 0.2, day: 0.05 },
  awkward_twist_or_bend: { onset: 0.15, day: 0.05 },
  poor_sleep: { onset: 0.4, day: 0.15 },
  high_stress: { onset: 0.3, day: 0.15 },
  hard_or_new_exercise: { onset: 0.1, day: 0.05 },
  fall_or_blow: { onset: 0.02, day: 0.01 },
  other: { onset: 0.05, day: 0.03 },
}

/**
 * `days` days of a plausible diary ending on `to`, written in one transaction: a morning and an
 * evening check-in most days (mornings stiffer), an episode every few weeks, treatments, and
 * factors before most onsets and on about half the ordinary evenings.
 * Ten years (3,650 days) gives about 7,300 check-ins, 150 episodes and 4,000 treatments.
 */
export function seedSyntheticDiary(
  db: DB,
  options: { to: string; days: number; seed?: number },
): SyntheticCounts {
  const rnd = seededRandom(options.seed ?? 42)
  // Factors draw from their own stream, so the rest of the diary is the same as before them.
  const factorRnd = seededRandom((options.seed ?? 42) + 1)
  const ticked = (when: 'onset' | 'day') =>
    FACTOR_CODES.filter((code) => factorRnd() < FACTOR_ODDS[code][when])
  const start = addDays(fromIsoDate(options.to), -(options.days - 1))
  const counts = { checkins: 0, episodes: 0, treatments: 0, onsetChecklists: 0, dayChecklists: 0 }
  // About 15 episodes a year, whatever the length: 150 in ten years.
  const episodeEvery = 24
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1))
  const clamp = (v: number) => Math.max(0, Math.min(10, Math.round(v)))

  db.transaction(() => {
    let episodeId: number | null = null
    let episodeEnds = -1
    for (let i = 0; i < options.days; i++) {
      const day = addDays(start, i)
      const date = toIsoDate(day)
      if (i % episodeEvery === 0 && i + 1 < options.days) {
        const length = int(2, 20)
        episodeEnds = i + length - 1
        // Only the last episode may still be open at the end (one ongoing per region).
        const runsPastEnd = episodeEnds >= options.days - 1
        const isLast = i + episodeEvery >= options.days - 1
        const endedOn = !runsPastEnd
          ? toIsoDate(addDays(day, length - 1))
          : isLast
            ? null
            : options.to
        episodeId = insertEpisode(db, { startedOn: date, endedOn, side: 'left' })
        counts.episodes++
        // Most onsets get their "24 hours before" checklist answered.
        if (factorRnd() < 0.85) {
          insertOnsetFactors(db, episodeId, ticked('onset'))
          counts.onsetChecklists++
        }
        if (endedOn === null) episodeEnds = Number.MAX_SAFE_INTEGER
      }
      const inEpisode = i <= episodeEnds
      const base = inEpisode ? 6 : 2
      // A missed day now and then: trends must show gaps, not zeros.
      if (rnd() < 0.003) continue
      for (const slot of ['morning', 'evening'] as const) {
        const pain = clamp(base + (slot === 'morning' ? 1 : 0) + (rnd() * 3 - 1.5))
        const frequency = inEpisode ? int(1, 3) : int(0, 1)
        const checkinId = insertCheckin(db, {
          date,
          slot,
          pain,
          stiffness: clamp(pain + (slot === 'morning' ? 1.5 : -0.5)),
          stiffnessMinutes: slot === 'morning' ? int(5, inEpisode ? 90 : 30) : null,
          spasmFrequency: frequency,
          spasmSeverity: frequency > 0 ? int(1, 3) : null,
          sleepInterrupted: inEpisode && rnd() < 0.3,
          episodeId: inEpisode ? episodeId : null,
        })
        counts.checkins++
        // Today's factors on about half the evenings outside episodes.
        if (slot === 'evening' && !inEpisode && factorRnd() < 0.5) {
          insertDayFactors(db, checkinId, ticked('day'))
          counts.dayChecklists++
        }
      }
      const sessions = inEpisode ? int(1, 3) : rnd() < 0.55 ? 1 : 0
      for (let s = 0; s < sessions; s++) {
        const kind = TREATMENT_KINDS[int(0, TREATMENT_KINDS.length - 1)] ?? 'heat'
        const before = int(3, 8)
        insertTreatment(db, {
          kind,
          detail: kind === 'medication' ? (MEDICATIONS[int(0, 2)] ?? '') : '',
          startedAt: `${date}T${format(new Date(2000, 0, 1, 8 + s * 5, int(0, 59)), 'HH:mm')}`,
          durationMinutes: int(5, 30),
          painBefore: before,
          painAfter: clamp(before - int(0, 3)),
          episodeId: inEpisode ? episodeId : null,
        })
        counts.treatments++
      }
    }
  })()
  return { ...counts, from: toIsoDate(start), to: options.to }
}
