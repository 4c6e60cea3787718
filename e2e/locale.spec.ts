import { toIsoDate } from '../src/shared/dates'
import { insertCheckin, insertEpisode } from '../testing/diary-rows'
import type { TempDiary } from '../testing/temp-diary'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/screens'

/**
 * The person's locale everywhere: the date fields and the sentences around them agree, in the
 * window's text and in main's (the alerts, the report), for a British, an American and a German
 * system. Expectations are written out by hand, not computed with the code under test.
 */

const pad = (n: number) => String(n).padStart(2, '0')
const now = new Date()
const [dd, mm, yyyy] = [pad(now.getDate()), pad(now.getMonth() + 1), String(now.getFullYear())]

const LOCALES = [
  {
    locale: 'en-GB',
    today: `${dd}/${mm}/${yyyy}`,
    typeFrom: '01/03/2025',
    typeTo: '31/03/2025',
    started: 'Tue, 4 Mar 2025',
    flagged: 'Mon, 31 Mar 2025',
    period: '1 Mar 2025 – 31 Mar 2025',
    startedShort: '4 Mar 2025',
    meanPain: '5.3',
  },
  {
    locale: 'en-US',
    today: `${mm}/${dd}/${yyyy}`,
    typeFrom: '03/01/2025',
    typeTo: '03/31/2025',
    started: 'Tue, Mar 4, 2025',
    flagged: 'Mon, Mar 31, 2025',
    period: 'Mar 1, 2025 – Mar 31, 2025',
    startedShort: 'Mar 4, 2025',
    meanPain: '5.3',
  },
  {
    locale: 'de-DE',
    today: `${dd}.${mm}.${yyyy}`,
    typeFrom: '01.03.2025',
    typeTo: '31.03.2025',
    started: 'Di., 4. März 2025',
    flagged: 'Mo., 31. März 2025',
    period: '1. März 2025 – 31. März 2025',
    startedShort: '4. März 2025',
    meanPain: '5,3',
  },
] as const

/** An episode going on since 4 March 2025 and three March mornings with pain 5, 6 and 5. */
function seed(diary: TempDiary) {
  insertEpisode(diary.db, { startedOn: '2025-03-04', endedOn: null, region: 'lower', side: 'left' })
  for (const [date, pain] of [
    ['2025-03-05', 5],
    ['2025-03-12', 6],
    ['2025-03-19', 5],
  ] as const) {
    insertCheckin(diary.db, { date, slot: 'morning', pain, stiffness: 4 })
  }
}

for (const expected of LOCALES) {
  test.describe(expected.locale, () => {
    test.use({ locale: expected.locale })

    test(`dates and numbers on Today and in the report follow ${expected.locale}`, async ({
      app,
      diary,
    }) => {
      seed(diary)
      await app.reload()

      // Today: the date field and the window's sentence about the episode.
      await expect(app.getByLabel('Entries for')).toHaveValue(expected.today)
      const episode = app.getByRole('region', { name: 'Spasm episode' })
      await expect(episode).toContainText(`started ${expected.started}.`)
      // Main's date, in the alert about the long episode (raised on its 28th day).
      await expect(app.getByRole('region', { name: 'Alerts' })).toContainText(expected.flagged)

      // The report: a period typed as the locale writes dates, the header and a mean.
      await openScreen(app, 'Report')
      const period = app.getByRole('group', { name: 'Custom range' })
      await period.getByLabel('From').fill(expected.typeFrom)
      await period.getByLabel('to', { exact: true }).fill(expected.typeTo)
      await period.getByLabel('to', { exact: true }).blur()
      await expect(period.getByLabel('From')).toHaveValue(expected.typeFrom)
      const report = app.getByRole('article')
      await expect(report).toContainText(`Period: ${expected.period}`)
      // Main's sentence in the red flags.
      await expect(report).toContainText(`started ${expected.startedShort}`)
      await expect(
        report
          .getByRole('row', { name: /^Morning pain/ })
          .getByRole('cell')
          .nth(1),
      ).toHaveText(expected.meanPain)
    })
  })
}

test.describe('the fever warning', () => {
  test.use({ locale: 'en-US' })

  test('names its threshold in the region’s unit until the person chooses another', async ({
    app,
    diary,
  }) => {
    const today = toIsoDate(new Date())
    const checkin = insertCheckin(diary.db, { date: today, slot: 'morning', pain: 6, stiffness: 5 })
    diary.db
      .prepare("INSERT INTO checkin_symptoms (checkin_id, code) VALUES (?, 'fever')")
      .run(checkin)
    await app.reload()
    const alerts = app.getByRole('region', { name: 'Alerts' })
    await expect(alerts).toContainText('Fever (over 101 °F) with back pain')

    await openScreen(app, 'Settings')
    const units = app.getByRole('region', { name: 'Units and calendar' })
    await expect(
      units.getByRole('radio', { name: 'As in your region: Fahrenheit (°F)' }),
    ).toBeChecked()
    await expect(units.getByRole('radio', { name: 'As in your region: Sunday' })).toBeChecked()
    // Each unit and day is offered once: the region's is not offered again by name.
    await expect(units.getByRole('radio', { name: /Fahrenheit/ })).toHaveCount(1)
    await expect(units.getByRole('radio', { name: /Sunday/ })).toHaveCount(1)
    // Saved as it is chosen, said, and undone on request.
    await units.getByRole('radio', { name: 'Celsius (°C)' }).check()
    const said = units.getByRole('status')
    await expect(said).toContainText('Saved: temperatures in Celsius (°C).')
    await said.getByRole('button', { name: 'Undo' }).click()
    await expect(said).toContainText('Undone: temperatures in Fahrenheit (°F).')
    await expect(
      units.getByRole('radio', { name: 'As in your region: Fahrenheit (°F)' }),
    ).toBeChecked()
    await units.getByRole('radio', { name: 'Celsius (°C)' }).check()
    await expect(said).toContainText('Saved: temperatures in Celsius (°C).')

    // Main's alert and the window's checklist both say it in Celsius now.
    await openScreen(app, 'Today')
    await expect(alerts).toContainText('Fever (over 38.3 °C) with back pain')
    await app.getByRole('button', { name: 'Spasm now' }).click()
    const spasm = app.getByRole('form', { name: 'Spasm now' })
    await spasm.getByText('Warning signs').click()
    await expect(spasm.getByLabel('Fever (over 38.3 °C) with back pain')).toBeVisible()
  })
})
