import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HealthHistory } from '../../shared/clinical/symptoms'
import type { Alert } from '../../shared/domain/alert'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'

let diary: TempDiary
let now = new Date('2026-11-25T08:15:00Z')
beforeEach(() => {
  now = new Date('2026-11-25T08:15:00Z')
  diary = openTempDiary({ now: () => now })
})
afterEach(() => diary.close())

function checkin(date: string, values: Record<string, unknown> = {}) {
  return diary.ok<{ id: number }>('checkins:save', {
    date,
    slot: 'morning',
    pain: 5,
    stiffness: 4,
    spasmFrequency: 0,
    ...values,
  })
}
/** Keys name the source row by id and creation time (ids are reused after a delete). */
const createdAt = (table: 'checkins' | 'episodes', id: number) =>
  diary.db.prepare(`SELECT created_at FROM ${table} WHERE id = ?`).pluck().get(id) as string
const symptomKey = (code: string, id: number) =>
  `symptom:${code}:checkin:${id}@${createdAt('checkins', id)}`
const episodeKey = (id: number, flag: string) =>
  `episode:${id}@${createdAt('episodes', id)}:${flag}`
const active = () => diary.ok<Alert[]>('alerts:list')
const keys = async () => (await active()).map((a) => a.key)

describe('alerts from warning signs', () => {
  it('raises one alert per ticked sign, ordered by tier, naming the answer and its date', async () => {
    const { id } = await checkin('2026-11-24', {
      symptoms: ['sharp_stabbing_pain', 'saddle_numbness', 'fever'],
    })
    const alerts = await active()
    expect(alerts.map((a) => [a.tier, a.key])).toEqual([
      ['emergency', symptomKey('saddle_numbness', id)],
      ['urgent', symptomKey('fever', id)],
      ['soon', symptomKey('sharp_stabbing_pain', id)],
    ])
    expect(alerts[0]).toMatchObject({
      title: 'Numbness around the genitals, buttocks or inner thighs',
      recordedOn: '2026-11-24',
      source: { kind: 'checkin', id },
      acknowledgedAt: null,
    })
    expect(alerts[0]?.reason).toBe('Warning sign ticked on the morning check-in of 24 Nov 2026.')
    expect(alerts[0]?.advice).toMatch(/^Seek care now/)
    expect(alerts[1]?.advice).toMatch(/^Contact your healthcare provider today/)
    expect(alerts[2]?.advice).toMatch(/^Book an appointment/)
  })

  it('shows a sign ticked on several days once, from its latest check-in', async () => {
    await checkin('2026-11-20', { symptoms: ['fever'] })
    const latest = await checkin('2026-11-23', { symptoms: ['fever'] })
    expect(await keys()).toEqual([symptomKey('fever', latest.id)])
  })

  it.each([
    // sign, date recorded, active on 25 Nov?
    ['an urgent sign 13 days ago', 'fever', '2026-11-12', true],
    ['an urgent sign 14 days ago', 'fever', '2026-11-11', false],
    ['a soon sign 14 days ago', 'pain_in_new_area', '2026-11-11', false],
    ['an emergency sign 60 days ago', 'worsening_leg_weakness', '2026-09-26', true],
  ])('%s → active: %s', async (_label, code, date, expected) => {
    await checkin(date, { symptoms: [code] })
    expect((await keys()).length).toBe(expected ? 1 : 0)
  })

  it('keeps an emergency alert until it is acknowledged, then keeps it in the history', async () => {
    const { id } = await checkin('2026-11-24', { symptoms: ['bladder_bowel_control_loss'] })
    const key = symptomKey('bladder_bowel_control_loss', id)
    now = new Date('2027-01-10T10:00:00Z')
    expect(await keys()).toEqual([key])
    const acked = await diary.ok<Alert>('alerts:acknowledge', { key })
    expect(acked).toMatchObject({ key, tier: 'emergency', acknowledgedAt: now.toISOString() })
    expect(await keys()).toEqual([])
    expect(await diary.ok<Alert[]>('alerts:history')).toEqual([acked])
    expect(
      diary.db.prepare('SELECT key, acknowledged_at FROM alert_acknowledgements').all(),
    ).toEqual([{ key, acknowledged_at: now.toISOString() }])
    // The history still reads right after the check-in is deleted.
    await diary.ok('checkins:delete', { id })
    expect(await diary.ok<Alert[]>('alerts:history')).toEqual([acked])
  })

  it('never lets an acknowledgement silence a new entry that reuses a deleted id', async () => {
    const first = await checkin('2026-11-24', { symptoms: ['saddle_numbness'] })
    await diary.ok('alerts:acknowledge', { key: symptomKey('saddle_numbness', first.id) })
    await diary.ok('checkins:delete', { id: first.id })
    now = new Date('2026-11-25T09:00:00Z')
    const again = await checkin('2026-11-24', { symptoms: ['saddle_numbness'] })
    expect(again.id).toBe(first.id) // SQLite reuses the id of a deleted last row
    expect(await keys()).toEqual([symptomKey('saddle_numbness', again.id)])

    const episode = await diary.ok<{ id: number }>('episodes:start', {
      startedOn: '2026-11-01',
      region: 'lower',
      side: 'left',
    })
    await diary.ok('alerts:acknowledge', { key: episodeKey(episode.id, 'over_two_weeks') })
    await diary.ok('episodes:delete', { id: episode.id })
    now = new Date('2026-11-25T10:00:00Z')
    const restarted = await diary.ok<{ id: number }>('episodes:start', {
      startedOn: '2026-11-01',
      region: 'lower',
      side: 'left',
    })
    expect(restarted.id).toBe(episode.id)
    expect(await keys()).toContain(episodeKey(restarted.id, 'over_two_weeks'))
  })

  it('raises the sign again when it is ticked on a later check-in', async () => {
    const first = await checkin('2026-11-23', { symptoms: ['saddle_numbness'] })
    await diary.ok('alerts:acknowledge', { key: symptomKey('saddle_numbness', first.id) })
    const again = await checkin('2026-11-25', { symptoms: ['saddle_numbness'] })
    expect(await keys()).toEqual([symptomKey('saddle_numbness', again.id)])
  })
})

describe('alerts from health-history answers', () => {
  it('keeps every other alert when the saved answers are damaged, and says so', async () => {
    const { id } = await checkin('2026-11-24', { symptoms: ['saddle_numbness'] })
    diary.db
      .prepare(
        `INSERT INTO settings (key, value) VALUES ('healthHistory', '{"historyOfCancer":"yes"}')`,
      )
      .run()
    const alerts = await active()
    expect(alerts.map((a) => a.key)).toEqual([
      symptomKey('saddle_numbness', id),
      'history:unreadable',
    ])
    expect(alerts[1]).toMatchObject({
      tier: 'urgent',
      title: 'Your health-history answers could not be read',
      advice: 'Open Settings and answer the health-history questions again.',
    })
  })

  const answer = (values: Partial<HealthHistory>) =>
    diary.ok('settings:save', {
      healthHistory: {
        historyOfCancer: 'no',
        longTermSteroids: 'unanswered',
        ivDrugUse: 'no',
        ...values,
      },
    })

  it.each([
    // answers, check-ins as [date, pain], alerts
    ['an answer alone, no check-in', { historyOfCancer: 'yes' }, [], 0],
    ['an answer with pain 0 only', { historyOfCancer: 'yes' }, [['2026-11-24', 0]], 0],
    ['an answer with back pain 1', { historyOfCancer: 'yes' }, [['2026-11-24', 1]], 1],
    ['pain 13 days ago', { historyOfCancer: 'yes' }, [['2026-11-12', 5]], 1],
    ['pain 14 days ago', { historyOfCancer: 'yes' }, [['2026-11-11', 5]], 0],
    [
      'pain yesterday, a pain-free morning today',
      { historyOfCancer: 'yes' },
      [
        ['2026-11-24', 6],
        ['2026-11-25', 0],
      ],
      1,
    ],
    ['no answer with back pain', {}, [['2026-11-24', 8]], 0],
    [
      'two answers with back pain',
      { longTermSteroids: 'yes', ivDrugUse: 'yes' },
      [['2026-11-24', 4]],
      2,
    ],
  ] as const)('%s', async (_label, answers, checkins, count) => {
    await answer(answers)
    for (const [date, pain] of checkins) await checkin(date, { pain })
    const alerts = await active()
    expect(alerts).toHaveLength(count)
    for (const a of alerts) {
      expect(a.tier).toBe('urgent')
      expect(a.source).toEqual({ kind: 'setting', id: null })
      expect(a.title).toBe('Back pain together with a health-history answer')
      expect(a.reason).toMatch(/^Back pain .+together with the health-history answer: /)
    }
  })

  it('names the answer that raised it', async () => {
    await answer({ ivDrugUse: 'yes' })
    await checkin('2026-11-25', { pain: 6 })
    expect((await active())[0]?.reason).toBe(
      'Back pain of 6/10 recorded on the morning check-in of 25 Nov 2026, together with ' +
        'the health-history answer: injected drug use.',
    )
  })

  it('holds while any check-in of the last 14 days had pain: one pain-free morning does not clear it', async () => {
    await answer({ historyOfCancer: 'yes' })
    await checkin('2026-11-23', { pain: 6 })
    const [key] = await keys()
    await checkin('2026-11-24', { pain: 0 })
    await checkin('2026-11-25', { pain: 0 })
    expect(await keys()).toEqual([key])
    // Thirteen days later the pain of the 23rd is still in the window; fourteen, it is not.
    now = new Date('2026-12-06T08:15:00Z')
    expect(await keys()).toEqual([key])
    now = new Date('2026-12-07T08:15:00Z')
    expect(await keys()).toEqual([])
  })
})

describe('alerts from episode flags', () => {
  it('raises duration flags of an ongoing episode, not of an ended one', async () => {
    const { id } = await diary.ok<{ id: number }>('episodes:start', {
      startedOn: '2026-11-11',
      region: 'lower',
      side: 'left',
    })
    const alerts = await active()
    expect(alerts).toEqual([
      expect.objectContaining({
        key: episodeKey(id, 'over_two_weeks'),
        tier: 'soon',
        title: 'Longer than two weeks — see a clinician about an underlying cause',
        reason:
          'Lower back episode (left side) started 11 Nov 2026, ongoing: day 15 on 25 ' +
          'Nov 2026; it reached 14 days on 24 Nov 2026.',
        recordedOn: '2026-11-24',
        source: { kind: 'episode', id },
      }),
    ])
    await diary.ok('episodes:end', { id })
    expect(await keys()).toEqual([])
  })

  it('says why the pain of an episode is not easing, as a "soon" call', async () => {
    await diary.ok('episodes:start', { startedOn: '2026-11-19', region: 'mid', side: 'both' })
    await checkin('2026-11-19', { pain: 4 })
    await checkin('2026-11-21', { pain: 4 })
    await checkin('2026-11-23', { pain: 5 })
    await checkin('2026-11-25', { pain: 6 })
    const [alert] = await active()
    expect(alert).toMatchObject({
      tier: 'soon',
      recordedOn: '2026-11-25',
      title: 'Pain not easing after a week — call your healthcare provider',
    })
    // Four days with pain: k = 2, so 4, 4 against 5, 6.
    expect(alert?.reason).toMatch(
      /day 7.+last 2 days with check-ins 5\.5\/10 against 4\.0\/10 over the first 2 days/,
    )
  })

  it('keeps an alert acknowledged under the old rule as it read, and never lets it silence the new one', async () => {
    const { id } = await diary.ok<{ id: number }>('episodes:start', {
      startedOn: '2026-11-19',
      region: 'lower',
      side: 'left',
    })
    // An acknowledgement stored under the retired "not improving" rule, as an older version wrote it.
    diary.db
      .prepare(
        `INSERT INTO alert_acknowledgements (key, tier, title, reason, advice, recorded_on,
           source_kind, source_id, acknowledged_at)
         VALUES (?, 'urgent', 'Not improving after a week — call your healthcare provider',
           'old reason', 'old advice', '2026-11-25', 'episode', ?, '2026-11-25T08:00:00.000Z')`,
      )
      .run(episodeKey(id, 'not_improving'), id)
    await checkin('2026-11-19', { pain: 6 })
    await checkin('2026-11-25', { pain: 6 })
    expect(await keys()).toEqual([episodeKey(id, 'not_easing')])
    const [old] = await diary.ok<Alert[]>('alerts:history')
    expect(old).toMatchObject({
      tier: 'urgent',
      title: 'Not improving after a week — call your healthcare provider',
      reason: 'old reason',
    })
  })
})

describe('alerts:acknowledge refusals', () => {
  it.each([
    ['a key as a number (wrong type)', { key: 5 }, 'invalid_input'],
    ['an empty key (out of range)', { key: '' }, 'invalid_input'],
    ['no key (missing field)', {}, 'invalid_input'],
    ['an extra field', { key: 'x', at: 1 }, 'invalid_input'],
    ['a key that is not active', { key: 'symptom:fever:checkin:99' }, 'not_found'],
  ])('refuses %s and writes nothing', async (_label, input, code) => {
    const { id } = await checkin('2026-11-24', { symptoms: ['fever'] })
    await diary.ok('alerts:acknowledge', { key: symptomKey('fever', id) })
    await checkin('2026-11-25', { symptoms: ['saddle_numbness'] })
    const before = snapshot(diary.db)
    const result = await diary.call('alerts:acknowledge', input)
    expect(result).toMatchObject({ ok: false, error: { code } })
    expect(snapshot(diary.db)).toEqual(before)
  })

  it('refuses to acknowledge the same alert twice', async () => {
    const { id } = await checkin('2026-11-24', { symptoms: ['fever'] })
    const key = symptomKey('fever', id)
    await diary.ok('alerts:acknowledge', { key })
    const before = snapshot(diary.db)
    expect(await diary.call('alerts:acknowledge', { key })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    expect(snapshot(diary.db)).toEqual(before)
  })

  it.each(['alerts:list', 'alerts:history'])('%s refuses any input', async (channel) => {
    for (const input of [{ all: true }, 'x', 3]) {
      expect(await diary.call(channel, input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      })
    }
  })
})
