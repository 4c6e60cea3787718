import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import { describe, expect, it } from 'vitest'
import {
  experimentDiaryPerTest,
  saveEvenings,
  STRETCH_DRAFT,
} from '../../../testing/experiment-diary'
import { parseCsv } from '../export/csv'
import { csvPaths } from '../report/report.handlers'
import { resultWords } from '../../shared/clinical/experiments/wording'
import type { ExperimentDetail, ExperimentResult } from '../../shared/domain/experiment'
import type { ReportWithInsights } from '../../shared/domain/insights'

/**
 * "What I tested" in the doctor's summary and the CSV: which experiments it holds, and numbers
 * recomputed here from the check-ins saved, by formulas written out again.
 */

const temp = experimentDiaryPerTest()

const ok = <T>(channel: string, input?: unknown) => temp.diary.ok<T>(channel, input)

const THREE_MONTHS = { from: '2026-09-21', to: '2026-12-20' }
const draft = { ...STRETCH_DRAFT, periodDays: 1 }

/** A 12-day experiment with its evenings recorded; day 1 "didn't", day 2 "did". */
async function runExperiment() {
  const created = await ok<ExperimentDetail>('experiments:create', draft)
  temp.setClock('2026-12-20T09:00:00')
  // Evening pain lower on stretching days, with some noise; day 4 has no check-in.
  const evenings = await saveEvenings(temp.diary, created.days, 4)
  const record = (i: number, adherence: string) =>
    ok('experiments:recordDay', { id: created.id, date: created.days[i]?.date, adherence })
  await record(1, 'didnt')
  await record(2, 'did')
  return { created, evenings }
}

const report = () => ok<ReportWithInsights>('report:get', THREE_MONTHS)
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length
const one = (n: number) => (Math.round(n * 10) / 10).toFixed(1).replace('-', '−')

/** The numbers of the result, from the saved values and the stored plan alone. */
function recompute(evenings: Awaited<ReturnType<typeof runExperiment>>['evenings']) {
  // Day 1 was recorded "didn't", so it is not counted.
  const counted = evenings.filter((d) => d.i !== 1)
  const a = counted.filter((d) => d.option === 'A').map((d) => d.value)
  const b = counted.filter((d) => d.option === 'B').map((d) => d.value)
  const ma = mean(a)
  const mb = mean(b)
  const va = a.reduce((s, x) => s + (x - ma) ** 2, 0) / (a.length - 1) / a.length
  const vb = b.reduce((s, x) => s + (x - mb) ** 2, 0) / (b.length - 1) / b.length
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1))
  const half = tQuantile(0.975, df) * Math.sqrt(va + vb)
  let extreme = 0
  for (let mask = 0; mask < 2 ** draft.pairs; mask += 1) {
    const flip = (d: (typeof counted)[number]) => ((mask >> (d.pair - 1)) & 1) === 1
    const fa = counted.filter((d) => (d.option === 'A') !== flip(d)).map((d) => d.value)
    const fb = counted.filter((d) => (d.option === 'A') === flip(d)).map((d) => d.value)
    if (Math.abs(mean(fa) - mean(fb)) >= Math.abs(ma - mb) - 1e-9) extreme += 1
  }
  return { nA: a.length, nB: b.length, ma, mb, d: ma - mb, half, extreme }
}

describe('What I tested, in the doctor’s summary', () => {
  it('holds a finished experiment with its design, adherence and result, recomputed', async () => {
    const { created, evenings } = await runExperiment()
    const { tested } = await report()
    expect(tested).toHaveLength(1)
    const [t] = tested
    const r = recompute(evenings)
    // Stretching days were lower: "lower on A's days by B − A", with the interval turned round.
    expect(r.d).toBeLessThan(0)
    const pct = Math.round((r.extreme / 64) * 100)
    expect(t).toMatchObject({
      question: 'Does a daily stretch routine help?',
      optionA: 'Stretch routine',
      optionB: 'No stretch routine',
      outcome: 'Evening pain',
      lastDay: '2026-12-18',
      complete: true,
      adherence: { did: 1, didnt: 1, unrecorded: 10 },
      counted: { a: r.nA, b: r.nB },
      headline:
        `On “Stretch routine” days your evening pain was ${one(-r.d)} points lower than on ` +
        `“No stretch routine” days (95 % interval ${one(-r.d - r.half)} to ${one(-r.d + r.half)}).`,
      chance: `A gap this big came up by chance in ${pct < 1 ? 'less than 1' : pct} % of the 64 possible schedules.`,
    })
    expect(t?.design).toBe('6 pairs of 1-day periods in random order; 7 Dec 2026 – 18 Dec 2026.')
    expect(t?.adherenceText).toBe('Option done on 1 of 12 days, not done on 1, not recorded on 10.')
    // The same words as the result screen.
    const result = await ok<ExperimentResult>('experiments:result', { id: created.id })
    expect(t).toMatchObject(resultWords(result))
  })

  it('leaves out one still running, and one that ended outside the period', async () => {
    await ok('experiments:create', draft)
    temp.setClock('2026-12-12T09:00:00')
    expect((await report()).tested).toEqual([])
    temp.setClock('2027-02-01T09:00:00')
    expect((await ok<ReportWithInsights>('report:get', THREE_MONTHS)).tested).toHaveLength(1)
    const before = { from: '2026-09-01', to: '2026-12-17' }
    expect((await ok<ReportWithInsights>('report:get', before)).tested).toEqual([])
    const after = { from: '2026-12-19', to: '2027-02-01' }
    expect((await ok<ReportWithInsights>('report:get', after)).tested).toEqual([])
  })

  it('says a stopped experiment is incomplete, counting only the days it ran', async () => {
    const created = await ok<ExperimentDetail>('experiments:create', draft)
    temp.setClock('2026-12-10T20:00:00')
    await ok('experiments:stop', { id: created.id })
    temp.setClock('2026-12-20T09:00:00')
    const [t] = (await report()).tested
    expect(t).toMatchObject({
      complete: false,
      lastDay: '2026-12-10',
      adherence: { did: 0, didnt: 0, unrecorded: 4 },
    })
    expect(t?.design).toMatch(/, stopped early on 10 Dec 2026\.$/)
    expect(t?.headline).toMatch(/^No result yet/)
  })

  it('leaves out one stopped before its first day', async () => {
    const created = await ok<ExperimentDetail>('experiments:create', {
      ...draft,
      startsOn: '2026-12-09',
    })
    await ok('experiments:stop', { id: created.id })
    expect((await report()).tested).toEqual([])
  })
})

describe('What I tested, in the CSV export', () => {
  it('writes the experiment with its numbers, and each of its days', async () => {
    const { created, evenings } = await runExperiment()
    temp.diary.services.nextSavePath = join(temp.diary.dir, 'export.csv')
    expect(await ok('report:exportCsv', THREE_MONTHS)).toMatchObject({ saved: true })
    const paths = csvPaths(join(temp.diary.dir, 'export.csv'))
    const [header, row, ...more] = parseCsv(readFileSync(paths.experiments, 'utf8'))
    expect(more).toEqual([])
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1]
    const r = recompute(evenings)
    const two = (n: number) => String(Math.round(n * 100) / 100)
    expect({
      id: cell('id'),
      status: cell('status'),
      complete: cell('complete'),
      seed: cell('seed'),
      countedA: cell('counted_a'),
      meanA: cell('mean_a'),
      meanB: cell('mean_b'),
      difference: cell('difference_a_minus_b'),
      low: cell('interval_low'),
      high: cell('interval_high'),
      extreme: cell('at_least_as_extreme'),
      didnt: cell('days_didnt'),
    }).toEqual({
      id: String(created.id),
      status: 'finished',
      complete: '1',
      seed: String(created.seed),
      countedA: String(r.nA),
      meanA: two(r.ma),
      meanB: two(r.mb),
      difference: two(r.d),
      low: two(r.d - r.half),
      high: two(r.d + r.half),
      extreme: String(r.extreme),
      didnt: '1',
    })
    expect(cell('result')).toMatch(/^On “Stretch routine” days .* possible schedules\.$/)

    const [dayHeader, ...days] = parseCsv(readFileSync(paths.experiment_days, 'utf8'))
    expect(dayHeader).toEqual([
      'experiment_id',
      'date',
      'option',
      'option_name',
      'pair',
      'washout',
      'adherence',
      'outcome_value',
      'day_status',
    ])
    expect(days.map((d) => [d[1], d[2], d[6], d[7], d[8]])).toEqual(
      created.days.map((d, i) => [
        d.date,
        d.option,
        i === 1 ? 'didnt' : i === 2 ? 'did' : 'unrecorded',
        String(evenings.find((e) => e.i === i)?.value ?? ''),
        i === 1 ? 'didnt' : i === 4 ? 'no_value' : 'counted',
      ]),
    )
  })

  it('writes headers only when nothing was tested in the period', async () => {
    temp.diary.services.nextSavePath = join(temp.diary.dir, 'empty.csv')
    expect(await ok('report:exportCsv', THREE_MONTHS)).toMatchObject({ saved: true })
    const paths = csvPaths(join(temp.diary.dir, 'empty.csv'))
    expect(parseCsv(readFileSync(paths.experiments, 'utf8'))).toHaveLength(1)
    expect(parseCsv(readFileSync(paths.experiment_days, 'utf8'))).toHaveLength(1)
  })
})
