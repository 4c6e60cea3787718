import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary()
})
afterEach(() => diary.close())

const none = { historyOfCancer: false, longTermSteroids: false, ivDrugUse: false }

describe('settings:get and settings:save', () => {
  it('answers defaults before anything was saved', async () => {
    expect(await diary.call('settings:get')).toEqual({ ok: true, value: { healthHistory: none } })
  })

  it('saves the health-history answers as JSON under their own key', async () => {
    const answers = { ...none, longTermSteroids: true }
    expect(await diary.call('settings:save', { healthHistory: answers })).toEqual({
      ok: true,
      value: { healthHistory: answers },
    })
    expect(diary.db.prepare('SELECT key, value FROM settings').all()).toEqual([
      { key: 'healthHistory', value: JSON.stringify(answers) },
    ])
    expect(await diary.call('settings:get')).toEqual({
      ok: true,
      value: { healthHistory: answers },
    })
  })

  it('leaves rows of other settings keys alone', async () => {
    diary.db.prepare(`INSERT INTO settings (key, value) VALUES ('reminders', '["08:00"]')`).run()
    await diary.call('settings:save', { healthHistory: none })
    await diary.call('settings:save', {})
    expect(diary.db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(2)
  })

  it.each([
    ['an answer as text (wrong type)', { healthHistory: { ...none, ivDrugUse: 'yes' } }],
    ['an answer as 1 (out of range)', { healthHistory: { ...none, historyOfCancer: 1 } }],
    ['a missing answer', { healthHistory: { historyOfCancer: true, ivDrugUse: false } }],
    ['an unknown answer', { healthHistory: { ...none, smoker: true } }],
    ['an unknown setting', { theme: 'dark' }],
    ['not an object', 'cancer'],
  ])('refuses %s and writes nothing', async (_label, input) => {
    await diary.call('settings:save', { healthHistory: { ...none, ivDrugUse: true } })
    const before = snapshot(diary.db)
    const result = await diary.call('settings:save', input)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(snapshot(diary.db)).toEqual(before)
  })

  it('refuses input on settings:get', async () => {
    expect(await diary.call('settings:get', { x: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
  })

  it('reports damaged stored answers instead of treating them as "no"', async () => {
    diary.db
      .prepare(
        `INSERT INTO settings (key, value) VALUES ('healthHistory', '{"historyOfCancer":3}')`,
      )
      .run()
    const result = await diary.call('settings:get')
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(!result.ok && result.error.message).toMatch(/damaged/)
  })
})
