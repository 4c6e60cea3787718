import type {
  Effect,
  FactorCounts,
  FactorsInsight,
  HeatVsIce,
  InsightLine,
  Insights,
  PhaseEffect,
} from '../domain/insights'
import { TREATMENT_KIND_LABELS } from '../domain/treatment'
import { FACTORS } from './factors'
import {
  MEANINGFUL_DROP_WORDS,
  MIN_COMPARED_SESSIONS,
  MIN_ONSETS,
  PHASE_IN_SENTENCE,
  STRONGEST_LINE_COUNT,
  factorDifference,
  share,
} from './insights'
import { countOf } from '../format'
import { fisherExact, holmAdjust, isFinding, wilsonInterval, type Share } from './statistics'

/*
 * Which Insights lines reach the doctor's summary (docs/clinical-rules.md#insights): only comparisons that
 * pass Fisher's exact test below 0.05 (Holm-corrected where several are compared at once), each
 * with its counts and a 95 % interval. Recovery and early signs have no such test here, so they
 * stay on the Insights page. In diaries where a factor is as common before spasms as on other
 * days, a factor line reaches the summary in at most 1 diary in 20 (insight-lines.test.ts).
 */

const percent = (v: number) => `${Math.round(v * 100)} %`

/** "9 of 10 spasms (90 %; 95 % interval 60–98 %)". */
export function shareWithInterval(s: Share, one: string, many?: string): string {
  const { low, high } = wilsonInterval(s)
  return (
    `${countOf(s.count, s.of, one, many)} (${percent(share(s.count, s.of))}; 95 % interval ` +
    `${Math.round(low * 100)}–${Math.round(high * 100)} %)`
  )
}

const pWords = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`)

export interface FactorTest {
  code: FactorCounts['rows'][number]['code']
  before: Share
  other: Share
  /** Fisher's two-sided p, Holm-corrected over the factors compared. */
  adjustedP: number
}

/**
 * Each factor ticked at least once, before onsets against ordinary days, with its Holm-corrected
 * p; empty below the minimum of answered onsets or without ordinary days to compare with.
 */
export function factorTests(f: FactorCounts): FactorTest[] {
  if (f.onsetsWithData < MIN_ONSETS || f.ordinaryDaysWithData === 0) return []
  const compared = f.rows.filter((row) => row.beforeOnsets + row.onOrdinaryDays > 0)
  const raw = compared.map((row) =>
    fisherExact(
      { count: row.beforeOnsets, of: f.onsetsWithData },
      { count: row.onOrdinaryDays, of: f.ordinaryDaysWithData },
    ),
  )
  const adjusted = holmAdjust(raw)
  return compared.map((row, i) => ({
    code: row.code,
    before: { count: row.beforeOnsets, of: f.onsetsWithData },
    other: { count: row.onOrdinaryDays, of: f.ordinaryDaysWithData },
    adjustedP: adjusted[i] ?? 1,
  }))
}

/**
 * The Insights page's line for one factor: both shares with their 95 % intervals and what the
 * corrected test says of the difference, or why it was not tested.
 */
export function factorPageSentence(
  row: FactorCounts['rows'][number],
  f: FactorCounts,
  tests: readonly FactorTest[],
): string {
  const name = FACTORS[row.code].name
  const before = `${name} was present before ${shareWithInterval({ count: row.beforeOnsets, of: f.onsetsWithData }, 'spasm')}`
  if (f.ordinaryDaysWithData === 0)
    return `${before}; no other days with factors recorded to compare with.`
  const other = shareWithInterval(
    { count: row.onOrdinaryDays, of: f.ordinaryDaysWithData },
    'other day',
  )
  const test = tests.find((t) => t.code === row.code)
  const verdict =
    test === undefined
      ? `not tested: ${MIN_ONSETS} spasms with the checklist answered are needed`
      : isFinding(test.adjustedP)
        ? `a clear difference (Fisher's exact test, ${pWords(test.adjustedP)} after Holm's correction)`
        : 'no clear difference — could be chance'
  return `${before}; on ${other}: ${verdict}.`
}

/**
 * The page's sentence for each factor ticked before a spasm, once there are enough onsets.
 * `tests` are `factorTests(f)`, passed in when the caller already ran them.
 */
export function factorSentences(
  f: FactorCounts,
  tests: readonly FactorTest[] = factorTests(f),
): FactorsInsight['sentences'] {
  if (!f.enoughData) return []
  return f.rows
    .filter((row) => row.beforeOnsets > 0)
    .map((row) => ({ code: row.code, text: factorPageSentence(row, f, tests) }))
}

/** A factor more common before spasms than on other days, past the corrected test; else null. */
function factorLine(f: FactorCounts, tests: readonly FactorTest[]): InsightLine | null {
  const found = tests
    .filter(
      (t) =>
        isFinding(t.adjustedP) &&
        share(t.before.count, t.before.of) > share(t.other.count, t.other.of),
    )
    .sort((a, b) => a.adjustedP - b.adjustedP)[0]
  if (!found) return null
  const row = f.rows.find((r) => r.code === found.code)
  return {
    section: 'factors',
    strength: row ? factorDifference(row, f) : 0,
    text:
      `${FACTORS[found.code].name} was present before ${shareWithInterval(found.before, 'spasm')}; ` +
      `on ${shareWithInterval(found.other, 'other day')} (Fisher's exact test, ` +
      `${pWords(found.adjustedP)} after Holm's correction).`,
  }
}

/** Rated sessions and meaningful drops, when there are enough to compare. */
function dropsOf(stats: { ratedSessions: number; effect: Effect }): Share | null {
  if (stats.effect.status !== 'enough_data' || stats.ratedSessions < MIN_COMPARED_SESSIONS)
    return null
  return { count: stats.effect.meaningfulDrops, of: stats.ratedSessions }
}

/**
 * Per treatment, its phase with the highest share of meaningful drops against the one with the
 * lowest (each with 5 rated sessions or more), Fisher-tested and Holm-corrected over the
 * treatments compared; the clearest passing one, else null.
 */
function whatHelpsLine(phases: readonly PhaseEffect[]): InsightLine | null {
  const candidates = [...new Set(phases.map((p) => p.kind))].flatMap((kind) => {
    const rated = phases
      .filter((p) => p.kind === kind && p.phase !== 'outside')
      .flatMap((p) => {
        const drops = dropsOf(p)
        return drops ? [{ p, drops }] : []
      })
      .sort((a, b) => share(b.drops.count, b.drops.of) - share(a.drops.count, a.drops.of))
    const high = rated[0]
    const low = rated.at(-1)
    if (!high || !low || rated.length < 2) return []
    return [{ kind, high, low, p: fisherExact(high.drops, low.drops) }]
  })
  const adjusted = holmAdjust(candidates.map((c) => c.p))
  const passing = candidates
    .map((c, i) => ({ ...c, adjustedP: adjusted[i] ?? 1 }))
    .filter((c) => isFinding(c.adjustedP))
    .sort((a, b) => a.adjustedP - b.adjustedP)[0]
  if (!passing) return null
  const { kind, high, low, adjustedP } = passing
  return {
    section: 'what_helps',
    strength: share(high.drops.count, high.drops.of) - share(low.drops.count, low.drops.of),
    text:
      `${TREATMENT_KIND_LABELS[kind]} was followed by ${MEANINGFUL_DROP_WORDS} in ` +
      `${shareWithInterval(high.drops, 'rated session')} ${PHASE_IN_SENTENCE[high.p.phase]}, ` +
      `and in ${shareWithInterval(low.drops, 'rated session')} ${PHASE_IN_SENTENCE[low.p.phase]} ` +
      `(Fisher's exact test, ${pWords(adjustedP)}).`,
  }
}

function heatVsIceLine(h: HeatVsIce): InsightLine | null {
  const heat = dropsOf(h.heat)
  const ice = dropsOf(h.ice)
  if (!heat || !ice) return null
  const p = fisherExact(heat, ice)
  if (!isFinding(p)) return null
  return {
    section: 'heat_vs_ice',
    strength: Math.abs(share(heat.count, heat.of) - share(ice.count, ice.of)),
    text:
      `In the first hours of episodes where you used both, heat was followed by ` +
      `${MEANINGFUL_DROP_WORDS} in ${shareWithInterval(heat, 'rated session')}, ice in ` +
      `${shareWithInterval(ice, 'rated session')} (Fisher's exact test, ${pWords(p)}).`,
  }
}

/**
 * The lines of the page for the doctor's summary: only findings that passed their test, the
 * clearest difference first, at most three. `tests` as for `factorSentences`.
 */
export function strongestLines(
  insights: Pick<Insights, 'phases' | 'heatVsIce'> & { factors: FactorCounts },
  tests: readonly FactorTest[] = factorTests(insights.factors),
): InsightLine[] {
  return [
    factorLine(insights.factors, tests),
    whatHelpsLine(insights.phases),
    heatVsIceLine(insights.heatVsIce),
  ]
    .filter((line): line is InsightLine => line !== null && line.strength > 0)
    .sort((a, b) => b.strength - a.strength)
    .slice(0, STRONGEST_LINE_COUNT)
}
