import { describe, expect, it } from 'vitest'
import {
  experimentDiaryPerTest,
  saveEvenings,
  STRETCH_DRAFT,
} from '../../../testing/experiment-diary'
import { expectRefused as refused } from '../../../testing/expect-refused'
import type { ErrorCode } from '../../shared/errors'
import { planSchedule } from '../../shared/clinical/experiments/schedule'
import type { Experiment, ExperimentDetail, ExperimentResult } from '../../shared/domain/experiment'

const temp = experimentDiaryPerTest()

const draft = STRETCH_DRAFT

const ok = <T>(channel: string, input?: unknown) => temp.diary.ok<T>(channel, input)
const expectRefused = (channel: string, input: unknown, path?: string, code?: ErrorCode) =>
  refused(temp.diary, channel, input, { path, code })

describe('experiments:create', () => {
  it('stores the design and the calendar drawn from its seed, and says today’s option', async () => {
    const created = await ok<ExperimentDetail>('experiments:create', draft)
    expect(created).toMatchObject({
      question: 'stretch_routine',
      optionA: 'Stretch routine',
      optionB: 'No stretch routine',
      endsOn: '2026-12-30',
      status: 'running',
    })
    const replanned = planSchedule({ ...draft, seed: created.seed }).map((d) => ({
      ...d,
      adherence: 'unrecorded',
    }))
    expect(created.days).toEqual(replanned)
    expect(created.today).toEqual(replanned[0])
    const [listed] = await ok<Experiment[]>('experiments:list')
    expect(listed?.today?.option).toBe(replanned[0]?.option)
  })

  it('takes two self-care options the person names', async () => {
    const own = { ...draft, question: 'own', optionA: ' Yoga ', optionB: 'Swimming' }
    const created = await ok<ExperimentDetail>('experiments:create', own)
    expect(created).toMatchObject({ optionA: 'Yoga', optionB: 'Swimming' })
    expect(created.questionLabel).toBe('Yoga or Swimming?')
  })

  it.each([
    ['a start in the past', { ...draft, startsOn: '2026-12-06' }, 'startsOn'],
    ['too few pairs', { ...draft, pairs: 5 }, 'pairs'],
    ['too many days per period', { ...draft, periodDays: 8 }, 'periodDays'],
    ['a wash-out as long as a period', { ...draft, washoutDays: 2 }, 'washoutDays'],
    ['an unknown question', { ...draft, question: 'new_pills' }, 'question'],
    ['an unknown outcome', { ...draft, outcome: 'mood' }, 'outcome'],
    ['own options missing', { ...draft, question: 'own', optionA: 'Yoga' }, 'optionB'],
    [
      'a medication change',
      { ...draft, question: 'own', optionA: 'Ibuprofen 400 mg', optionB: 'None' },
      'optionA',
    ],
    [
      'the same option twice',
      { ...draft, question: 'own', optionA: 'Yoga', optionB: 'yoga' },
      'optionB',
    ],
    ['names on a catalogue question', { ...draft, optionA: 'Yoga' }, 'optionA'],
    ['an extra field', { ...draft, seed: 1 }, ''],
    ['an impossible date', { ...draft, startsOn: '2026-02-30' }, 'startsOn'],
    ['nothing', undefined, ''],
  ])('refuses %s and changes nothing', async (_label, input, path) => {
    await expectRefused('experiments:create', input, path || undefined)
  })

  it('refuses a second experiment on the same outcome over the same days', async () => {
    await ok('experiments:create', draft)
    const message = await expectRefused(
      'experiments:create',
      { ...draft, question: 'morning_walk', startsOn: '2026-12-30' },
      'startsOn',
      'conflict',
    )
    expect(message).toMatch(/already measures this outcome/)
    await ok('experiments:create', { ...draft, startsOn: '2026-12-31' })
    await ok('experiments:create', { ...draft, outcome: 'morning_stiffness' })
  })
})

describe('experiments:recordDay and experiments:stop', () => {
  it('records, changes and clears a day’s adherence', async () => {
    const { id } = await ok<ExperimentDetail>('experiments:create', draft)
    const day = { id, date: '2026-12-07' }
    expect(await ok('experiments:recordDay', { ...day, adherence: 'did' })).toMatchObject({
      adherence: 'did',
    })
    await ok('experiments:recordDay', { ...day, adherence: 'didnt' })
    let got = await ok<ExperimentDetail>('experiments:get', { id })
    expect(got.adherence).toEqual({ did: 0, didnt: 1, unrecorded: 0 })
    await ok('experiments:recordDay', { ...day, adherence: 'unrecorded' })
    got = await ok<ExperimentDetail>('experiments:get', { id })
    expect(got.adherence).toEqual({ did: 0, didnt: 0, unrecorded: 1 })
  })

  it.each([
    ['a day not yet come', { date: '2026-12-08', adherence: 'did' }, 'date', 'invalid_input'],
    ['a day outside it', { date: '2026-12-06', adherence: 'did' }, 'date', 'invalid_input'],
    ['an unknown answer', { date: '2026-12-07', adherence: 'maybe' }, 'adherence', 'invalid_input'],
    [
      'another experiment',
      { id: 99, date: '2026-12-07', adherence: 'did' },
      undefined,
      'not_found',
    ],
  ] as const)('refuses %s', async (_label, input, path, code) => {
    const { id } = await ok<ExperimentDetail>('experiments:create', draft)
    await expectRefused('experiments:recordDay', { id, ...input }, path, code)
  })

  it('stops early, once; later days can no longer be recorded', async () => {
    const { id } = await ok<ExperimentDetail>('experiments:create', draft)
    temp.setClock('2026-12-10T09:00:00')
    expect(await ok('experiments:stop', { id })).toMatchObject({
      status: 'stopped',
      stoppedOn: '2026-12-10',
    })
    await expectRefused('experiments:stop', { id }, undefined, 'conflict')
    temp.setClock('2026-12-12T09:00:00')
    await expectRefused(
      'experiments:recordDay',
      { id, date: '2026-12-11', adherence: 'did' },
      'date',
      'conflict',
    )
    await ok('experiments:recordDay', { id, date: '2026-12-09', adherence: 'did' })
    const result = await ok<ExperimentResult>('experiments:result', { id })
    expect(result.complete).toBe(false)
    expect(result.days.filter((d) => d.status === 'upcoming')[0]?.date).toBe('2026-12-11')
  })

  it.each(['experiments:get', 'experiments:stop', 'experiments:result'])(
    '%s refuses an unknown or malformed id',
    async (channel) => {
      await expectRefused(channel, { id: 5 }, undefined, 'not_found')
      await expectRefused(channel, { id: 'five' }, 'id')
    },
  )
})

describe('experiments:result', () => {
  it('reads the outcome from the diary; a test recomputes every number', async () => {
    const created = await ok<ExperimentDetail>('experiments:create', {
      ...draft,
      periodDays: 1,
    })
    // Evening pain 3 on stretching days and 5 otherwise; day 4 without an evening check-in.
    temp.setClock('2026-12-20T09:00:00')
    const evenings = await saveEvenings(temp.diary, created.days, 4)
    await ok('experiments:recordDay', {
      id: created.id,
      date: created.days[1]?.date,
      adherence: 'didnt',
    })
    const result = await ok<ExperimentResult>('experiments:result', { id: created.id })
    expect(result.complete).toBe(true)
    expect(result.experiment.status).toBe('finished')

    const counted = evenings.filter((d) => d.i !== 1)
    const meanOf = (days: typeof counted, o: string) => {
      const v = days.filter((d) => d.option === o).map((d) => d.value)
      return v.reduce((s, x) => s + x, 0) / v.length
    }
    expect(result.a).toEqual({
      n: counted.filter((d) => d.option === 'A').length,
      mean: meanOf(counted, 'A'),
    })
    expect(result.b.mean).toBeCloseTo(meanOf(counted, 'B'), 12)
    expect(result.difference).toBeCloseTo(meanOf(counted, 'A') - meanOf(counted, 'B'), 12)
    expect(result.days[1]?.status).toBe('didnt')
    expect(result.days[4]?.status).toBe('no_value')

    const observed = Math.abs(meanOf(counted, 'A') - meanOf(counted, 'B'))
    let extreme = 0
    for (let mask = 0; mask < 64; mask += 1) {
      const flipped = counted.map((d) => ({
        ...d,
        option: (mask >> (d.pair - 1)) & 1 ? (d.option === 'A' ? 'B' : 'A') : d.option,
      }))
      if (Math.abs(meanOf(flipped, 'A') - meanOf(flipped, 'B')) >= observed - 1e-9) extreme += 1
    }
    expect(result.test).toMatchObject({ method: 'exact', schedules: 64, atLeastAsExtreme: extreme })
    expect(result.finding).toBe(extreme / 64 < 0.05)
  })

  it('leaves out a flare’s first two days, except when comparing heat and ice', async () => {
    const stretch = await ok<ExperimentDetail>('experiments:create', draft)
    const heat = await ok<ExperimentDetail>('experiments:create', {
      ...draft,
      question: 'heat_vs_ice',
      outcome: 'spasm_frequency',
    })
    temp.setClock('2026-12-10T20:00:00')
    await ok('episodes:start', { startedOn: '2026-12-08', region: 'lower', side: 'left' })
    for (const date of ['2026-12-08', '2026-12-09', '2026-12-10']) {
      await ok('checkins:save', {
        date,
        slot: 'evening',
        pain: 6,
        stiffness: 5,
        spasmFrequency: 2,
        spasmSeverity: 2,
      })
    }
    const statuses = async (id: number) =>
      (await ok<ExperimentResult>('experiments:result', { id })).days
        .slice(1, 4)
        .map((d) => d.status)
    expect(await statuses(stretch.id)).toEqual(['flare_start', 'flare_start', 'counted'])
    expect(await statuses(heat.id)).toEqual(['counted', 'counted', 'counted'])
  })
})
