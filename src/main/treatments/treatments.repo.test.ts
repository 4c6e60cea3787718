import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { treatmentDraftSchema, type TreatmentDraft } from '../../shared/domain/treatment'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import {
  deleteTreatment,
  getTreatment,
  listTreatments,
  saveTreatment,
  treatmentEffectiveness,
} from './treatments.repo'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary()
})
afterEach(() => diary.close())

const NOW = new Date('2026-11-25T08:15:00Z')

/** Saves through the same parse the channel uses, so defaults apply as they do for the window. */
function save(values: Partial<TreatmentDraft> = {}) {
  const draft: TreatmentDraft = {
    kind: 'heat',
    startedAt: '2026-11-24T19:30',
    durationMinutes: 20,
    painBefore: 7,
    painAfter: 4,
    ...values,
  }
  return saveTreatment(diary.db, treatmentDraftSchema.parse(draft), NOW)
}

function addEpisode(region: 'lower' | 'mid' | 'upper' = 'lower'): number {
  const result = diary.db
    .prepare(
      `INSERT INTO episodes (started_on, region, side, created_at, updated_at)
       VALUES ('2026-11-20', ?, 'left', 'x', 'x')`,
    )
    .run(region)
  return Number(result.lastInsertRowid)
}

describe('treatments repository', () => {
  it('saves a session and reads it back field for field', () => {
    const saved = save({
      detail: 'Heat pad, low setting',
      sideEffect: '  Skin redness ',
      notes: 'Helped me sleep',
    })
    expect(saved).toEqual({
      id: 1,
      kind: 'heat',
      detail: 'Heat pad, low setting',
      startedAt: '2026-11-24T19:30',
      durationMinutes: 20,
      painBefore: 7,
      painAfter: 4,
      sideEffect: 'Skin redness',
      episodeId: null,
      notes: 'Helped me sleep',
      noteForDoctor: false,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    })
    expect(getTreatment(diary.db, saved.id)).toEqual(saved)
  })

  it('stores an empty side effect as none and missing pain ratings as null', () => {
    const saved = save({ sideEffect: '   ', painBefore: undefined, painAfter: null })
    expect(saved).toMatchObject({ sideEffect: null, painBefore: null, painAfter: null })
  })

  it('edits by id and keeps the creation time', () => {
    const first = save()
    const later = new Date('2026-11-25T09:00:00Z')
    const edited = saveTreatment(
      diary.db,
      treatmentDraftSchema.parse({
        id: first.id,
        kind: 'ice',
        startedAt: '2026-11-24T19:45',
        painBefore: 6,
        painAfter: 5,
      }),
      later,
    )
    expect(edited).toMatchObject({
      id: first.id,
      kind: 'ice',
      startedAt: '2026-11-24T19:45',
      durationMinutes: null,
      painBefore: 6,
      createdAt: NOW.toISOString(),
      updatedAt: later.toISOString(),
    })
    expect(listTreatments(diary.db, { from: '2026-11-01', to: '2026-11-30' })).toHaveLength(1)
  })

  it('links a session to the episode covering its start, and unlinks it when moved out', () => {
    const episode = addEpisode() // started 2026-11-20, ongoing
    expect(save({ startedAt: '2026-11-19T23:59' }).episodeId).toBeNull()
    const inside = save({ startedAt: '2026-11-20T00:00' })
    expect(inside.episodeId).toBe(episode)
    expect(save({ id: inside.id, painAfter: 2 }).episodeId).toBe(episode)
    expect(save({ id: inside.id, startedAt: '2026-11-01T10:00' }).episodeId).toBeNull()
  })

  it('does not let the input choose the episode', () => {
    expect(() =>
      treatmentDraftSchema.parse({ kind: 'heat', startedAt: '2026-11-24T19:30', episodeId: 1 }),
    ).toThrow()
  })

  it('refuses to edit an entry that is not there', () => {
    expect(() => save({ id: 5 })).toThrow('That treatment entry no longer exists.')
    expect(snapshot(diary.db)['treatments']).toEqual([])
  })

  it('lists a range of local dates newest first, including the whole last day', () => {
    save({ startedAt: '2026-11-22T23:59' })
    save({ startedAt: '2026-11-23T00:00' })
    save({ startedAt: '2026-11-24T23:59', kind: 'ice' })
    save({ startedAt: '2026-11-24T07:00', kind: 'stretch' })
    save({ startedAt: '2026-11-25T00:00' })
    const listed = listTreatments(diary.db, { from: '2026-11-23', to: '2026-11-24' })
    expect(listed.map((t) => t.startedAt)).toEqual([
      '2026-11-24T23:59',
      '2026-11-24T07:00',
      '2026-11-23T00:00',
    ])
    expect(
      listTreatments(diary.db, { from: '2026-11-01', to: '2026-11-30', kind: 'ice' }).map(
        (t) => t.kind,
      ),
    ).toEqual(['ice'])
  })

  it('lists the treatments of one episode', () => {
    const episode = addEpisode()
    save({ startedAt: '2026-11-21T10:00' })
    save({ startedAt: '2026-11-19T11:00' })
    const listed = listTreatments(diary.db, {
      from: '2026-11-01',
      to: '2026-11-30',
      episodeId: episode,
    })
    expect(listed.map((t) => t.startedAt)).toEqual(['2026-11-21T10:00'])
  })

  it('deletes an entry and answers with what it deleted', () => {
    const saved = save()
    expect(deleteTreatment(diary.db, saved.id)).toEqual(saved)
    expect(getTreatment(diary.db, saved.id)).toBeUndefined()
    expect(() => deleteTreatment(diary.db, saved.id)).toThrow('no longer exists')
  })
})

describe('treatment effectiveness', () => {
  /**
   * A hand-computed fixture. Change = before − after.
   *   heat:    7→4 (3), 6→5 (1), 8→4 (4), 5→– (unrated)        → 4 sessions, 3 rated,
   *            mean 8/3 ≈ 2.667, drops ≥ 2: 2 of 3; side effect "Skin redness" twice.
   *   ice:     5→5 (0), 6→7 (−1), 4→2 (2)                       → mean 1/3, drops ≥ 2: 1 of 3.
   *   stretch: three sessions without ratings                  → not enough data.
   *   tens:    8→3, 7→2 (two rated), two different side effects → not enough data.
   *   plus a heat session 9→0 with side effect "A mild burn" outside the range asked for.
   */
  function seedFixture() {
    const day = (d: number, time = '10:00') => `2026-11-${String(d).padStart(2, '0')}T${time}`
    save({ startedAt: day(10), painBefore: 7, painAfter: 4 })
    save({ startedAt: day(11), painBefore: 6, painAfter: 5, sideEffect: 'Skin redness' })
    save({ startedAt: day(12), painBefore: 8, painAfter: 4, sideEffect: 'Skin redness' })
    save({ startedAt: day(13), painBefore: 5, painAfter: null })
    save({ kind: 'ice', startedAt: day(10), painBefore: 5, painAfter: 5 })
    save({ kind: 'ice', startedAt: day(11), painBefore: 6, painAfter: 7 })
    save({ kind: 'ice', startedAt: day(12, '23:59'), painBefore: 4, painAfter: 2 })
    for (const d of [10, 11, 12]) {
      save({ kind: 'stretch', startedAt: day(d), painBefore: null, painAfter: null })
    }
    save({
      kind: 'tens',
      startedAt: day(10),
      painBefore: 8,
      painAfter: 3,
      sideEffect: 'Skin irritation under the pads',
    })
    save({
      kind: 'tens',
      startedAt: day(11),
      painBefore: 7,
      painAfter: 2,
      sideEffect: 'Itchy skin under the pads',
    })
    save({ startedAt: '2026-10-01T10:00', painBefore: 9, painAfter: 0, sideEffect: 'A mild burn' })
  }

  it('computes sessions, mean change, share of drops ≥ 2 and side effects per kind', () => {
    seedFixture()
    const rows = treatmentEffectiveness(diary.db, { from: '2026-11-01', to: '2026-11-30' })
    expect(rows.map((r) => r.kind)).toEqual(['heat', 'ice', 'stretch', 'tens'])
    const [heat, ice, stretch, tens] = rows
    expect(heat).toMatchObject({
      sessions: 4,
      ratedSessions: 3,
      sideEffectCount: 2,
      sideEffects: ['Skin redness'],
      effect: { status: 'enough_data' },
    })
    if (heat?.effect.status !== 'enough_data') throw new Error('heat should have numbers')
    expect(heat.effect.meanChange).toBeCloseTo(2.667, 3)
    expect(heat.effect.shareMeaningfulDrop).toBeCloseTo(0.667, 3)

    expect(ice).toMatchObject({ sessions: 3, ratedSessions: 3, sideEffectCount: 0 })
    expect(ice?.sideEffects).toEqual([])
    if (ice?.effect.status !== 'enough_data') throw new Error('ice should have numbers')
    expect(ice.effect.meanChange).toBeCloseTo(0.333, 3)
    expect(ice.effect.shareMeaningfulDrop).toBeCloseTo(0.333, 3)

    expect(stretch).toEqual({
      kind: 'stretch',
      name: null,
      sessions: 3,
      ratedSessions: 0,
      sideEffectCount: 0,
      sideEffects: [],
      effect: { status: 'not_enough_data', minimumRated: 3 },
    })
    expect(tens).toEqual({
      kind: 'tens',
      name: null,
      sessions: 2,
      ratedSessions: 2,
      sideEffectCount: 2,
      sideEffects: ['Itchy skin under the pads', 'Skin irritation under the pads'],
      effect: { status: 'not_enough_data', minimumRated: 3 },
    })
  })

  it('counts every session when no range is given', () => {
    seedFixture()
    const [heat] = treatmentEffectiveness(diary.db, {})
    // The October session 9→0 joins: changes 3, 1, 4, 9 → mean 17/4, drops ≥ 2: 3 of 4.
    expect(heat).toMatchObject({
      kind: 'heat',
      sessions: 5,
      ratedSessions: 4,
      sideEffectCount: 3,
      sideEffects: ['A mild burn', 'Skin redness'],
      effect: { status: 'enough_data', meanChange: 4.25, shareMeaningfulDrop: 0.75 },
    })
  })

  it('gives each medication its own row, by name, with the same minimum', () => {
    const dose = (
      detail: string,
      day: number,
      before: number,
      after: number,
      sideEffect?: string,
    ) =>
      saveTreatment(
        diary.db,
        treatmentDraftSchema.parse({
          kind: 'medication',
          detail,
          startedAt: `2026-11-${String(day).padStart(2, '0')}T09:00`,
          painBefore: before,
          painAfter: after,
          sideEffect: sideEffect ?? null,
        }),
        NOW,
      )
    dose('Ibuprofen 400 mg', 2, 6, 3, 'Upset stomach')
    dose('ibuprofen  400 MG', 3, 5, 4)
    dose(' Ibuprofen 400 mg', 4, 7, 3)
    dose('Naproxen', 5, 6, 5)
    dose('Naproxen', 6, 6, 6)
    const rows = treatmentEffectiveness(diary.db, { from: '2026-11-01', to: '2026-11-30' })
    const ibuprofen = rows.find((r) => r.name === 'Ibuprofen 400 mg')
    // Changes 3, 1, 4: mean 8/3; drops of 2 or more: 2 of 3.
    expect(ibuprofen).toMatchObject({
      kind: 'medication',
      sessions: 3,
      ratedSessions: 3,
      sideEffectCount: 1,
      sideEffects: ['Upset stomach'],
      effect: { status: 'enough_data', shareMeaningfulDrop: 2 / 3 },
    })
    if (ibuprofen?.effect.status !== 'enough_data') throw new Error('ibuprofen has numbers')
    expect(ibuprofen.effect.meanChange).toBeCloseTo(8 / 3, 6)
    expect(rows.find((r) => r.name === 'Naproxen')).toEqual({
      kind: 'medication',
      name: 'Naproxen',
      sessions: 2,
      ratedSessions: 2,
      sideEffectCount: 0,
      sideEffects: [],
      effect: { status: 'not_enough_data', minimumRated: 3 },
    })
  })

  it('answers an empty list for an empty diary', () => {
    expect(treatmentEffectiveness(diary.db, {})).toEqual([])
  })
})
