import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import { SETTINGS_DEFAULTS } from '../../shared/domain/settings'
import { setTemperatureUnit } from '../../shared/format'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary()
})
afterEach(() => {
  diary.close()
  // settings:save applies the unit to the process, which the next test file shares.
  setTemperatureUnit('celsius')
})

const none = { historyOfCancer: 'no', longTermSteroids: 'no', ivDrugUse: 'no' } as const
const unanswered = {
  historyOfCancer: 'unanswered',
  longTermSteroids: 'unanswered',
  ivDrugUse: 'unanswered',
} as const

describe('settings:get and settings:save', () => {
  it('answers defaults before anything was saved: health questions are not answered', async () => {
    expect(await diary.call('settings:get')).toEqual({
      ok: true,
      value: { ...SETTINGS_DEFAULTS, healthHistory: unanswered },
    })
  })

  it('reads answers saved by Unknot 0.1 as true/false as yes/no', async () => {
    diary.db
      .prepare(
        `INSERT INTO settings (key, value) VALUES ('healthHistory',
         '{"historyOfCancer":true,"longTermSteroids":false,"ivDrugUse":false}')`,
      )
      .run()
    expect(await diary.call('settings:get')).toEqual({
      ok: true,
      value: { ...SETTINGS_DEFAULTS, healthHistory: { ...none, historyOfCancer: 'yes' } },
    })
  })

  it('saves the health-history answers as JSON under their own key', async () => {
    const answers = { ...none, longTermSteroids: 'yes', ivDrugUse: 'unanswered' }
    expect(await diary.call('settings:save', { healthHistory: answers })).toEqual({
      ok: true,
      value: { ...SETTINGS_DEFAULTS, healthHistory: answers },
    })
    expect(diary.db.prepare('SELECT key, value FROM settings').all()).toEqual([
      { key: 'healthHistory', value: JSON.stringify(answers) },
    ])
    expect(await diary.call('settings:get')).toEqual({
      ok: true,
      value: { ...SETTINGS_DEFAULTS, healthHistory: answers },
    })
  })

  it('saves that the welcome was finished or skipped', async () => {
    expect(await diary.call('settings:save', { welcomeDone: true })).toMatchObject({
      ok: true,
      value: { welcomeDone: true, healthHistory: unanswered },
    })
    expect(await diary.call('settings:save', { welcomeDone: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
  })

  it('keeps the report label, the questions for the doctor and the PEG dismissal', async () => {
    const saved = {
      reportLabel: 'J. Smith, born 1980',
      doctorQuestions: 'Should I keep using heat?\nIs the MRI needed?',
      pegDismissedOn: '2026-11-20',
    }
    expect(await diary.call('settings:save', saved)).toEqual({
      ok: true,
      value: { ...SETTINGS_DEFAULTS, healthHistory: unanswered, ...saved },
    })
    // Saving one key leaves the others as they were.
    await diary.call('settings:save', { pegDismissedOn: null })
    expect(await diary.call('settings:get')).toEqual({
      ok: true,
      value: { ...SETTINGS_DEFAULTS, healthHistory: unanswered, ...saved, pegDismissedOn: null },
    })
  })

  it('leaves rows of other settings keys alone', async () => {
    diary.db.prepare(`INSERT INTO settings (key, value) VALUES ('futureFeature', '["x"]')`).run()
    await diary.call('settings:save', { healthHistory: none })
    await diary.call('settings:save', {})
    expect(diary.db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(2)
  })

  it.each([
    ['an answer as a number (wrong type)', { healthHistory: { ...none, historyOfCancer: 1 } }],
    ['an answer outside yes/no/unanswered', { healthHistory: { ...none, ivDrugUse: 'maybe' } }],
    ['the old true/false form over IPC', { healthHistory: { ...none, ivDrugUse: true } }],
    ['a missing answer', { healthHistory: { historyOfCancer: 'yes', ivDrugUse: 'no' } }],
    ['an unknown answer', { healthHistory: { ...none, smoker: 'yes' } }],
    ['an unknown setting', { theme: 'dark' }],
    ['a label of 121 characters', { reportLabel: 'x'.repeat(121) }],
    ['questions of 2001 characters', { doctorQuestions: 'x'.repeat(2001) }],
    ['questions as a list', { doctorQuestions: ['Why?'] }],
    ['a dismissal on an impossible date', { pegDismissedOn: '2026-02-30' }],
    ['a dismissal as a time', { pegDismissedOn: '2026-11-20T08:00' }],
    ['reminders, which reminders:save re-arms', { reminders: SETTINGS_DEFAULTS.reminders }],
    ['the tray choice, which reminders:save applies', { keepInTray: true }],
    ['not an object', 'cancer'],
  ])('refuses %s and writes nothing', async (_label, input) => {
    await diary.call('settings:save', { healthHistory: { ...none, ivDrugUse: 'yes' } })
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

describe('units and the first day of the week', () => {
  it('saves a choice and refuses anything else, changing nothing', async () => {
    expect(
      await diary.call('settings:save', { temperatureUnit: 'fahrenheit', weekStart: 'sunday' }),
    ).toMatchObject({ ok: true, value: { temperatureUnit: 'fahrenheit', weekStart: 'sunday' } })
    const before = snapshot(diary.db)
    for (const patch of [
      { temperatureUnit: 'kelvin' },
      { weekStart: 'tuesday' },
      { weekStart: 1 },
    ]) {
      expect(await diary.call('settings:save', patch)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      })
    }
    expect(snapshot(diary.db)).toEqual(before)
  })
})
