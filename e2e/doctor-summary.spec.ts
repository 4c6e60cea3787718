import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { toIsoDate } from '../src/shared/dates'
import { formatShortDay } from '../src/shared/format'
import { shiftIsoDate } from '../src/shared/dates'
import { relinkEntries } from '../src/main/episodes/episode-links'
import { insertCheckin, insertEpisode, insertPeg } from '../testing/diary-rows'
import { seedSyntheticDiary } from '../testing/synthetic-diary'
import { createExperiment, stopExperiment } from '../src/main/experiments/experiments.repo'
import { experimentDraftSchema } from '../src/shared/domain/experiment'
import { expect, screenshot, test } from './harness/fixtures'
import { pdfPages, pdfPictures, pdfText, printWithPlaywright } from './harness/print'

const today = toIsoDate(new Date())
const ago = (days: number) => shiftIsoDate(today, -days)
/** As the summary prints a day: "2 Mar 2026". */
const day = formatShortDay
/** pdftotext may break a line anywhere a space is. */
const loose = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))

async function open(app: Page, name: string) {
  await app.getByRole('link', { name, exact: true }).click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(name)
}

async function choose(scope: Locator, group: string, option: string) {
  await scope
    .getByRole('group', { name: group })
    .getByRole('radio', { name: option, exact: true })
    .check()
}

test('the doctor’s summary tells the whole story, and prints it with a footer', async ({
  app,
  diary,
}) => {
  // Three lower-back episodes starting within 90 days: the third "keeps coming back".
  insertEpisode(diary.db, {
    startedOn: ago(80),
    endedOn: ago(76),
    trigger: 'lifting',
    triggerNote: 'Moved a sofa',
  })
  insertEpisode(diary.db, { startedOn: ago(45), endedOn: ago(40), trigger: 'twisting' })
  insertEpisode(diary.db, { startedOn: ago(9), endedOn: null, side: 'both', trigger: 'bending' })
  for (const [days, pain] of [
    [80, 7],
    [78, 5],
    [45, 8],
    [9, 6],
    [5, 5],
    [1, 4],
  ] as const) {
    insertCheckin(diary.db, { date: ago(days), slot: 'morning', pain, stiffness: pain })
  }
  relinkEntries(diary.db)

  // 19:00: the evening check-in is the one due (the page's clock; main's stays real).
  const now = new Date()
  await app.clock.install({
    time: new Date(now.getFullYear(), now.getMonth(), now.getDate(), 19, 0),
  })
  await app.reload()

  // A note marked "show my doctor" with the toggle beside it, on today's evening check-in.
  const evening = app.getByRole('region', { name: 'Evening check-in' })
  await choose(evening, 'Pain right now', '5')
  await choose(evening, 'Stiffness right now', '4')
  await choose(evening, 'Spasms since the last check-in', '0: No spasms')
  const toggle = evening.getByRole('switch', { name: 'Show my doctor' })
  await expect(toggle).toBeDisabled() // nothing to show yet
  await evening.getByLabel('Notes (optional)').fill('Worse after sitting through a long meeting')
  await toggle.check()
  await screenshot(app, 'checkin-note-for-doctor')
  await evening.getByRole('button', { name: 'Save evening check-in' }).click()
  await expect(evening.getByText('✓ Saved')).toBeVisible()
  await expect(evening.getByText('Notes · for my doctor')).toBeVisible()

  // This week's PEG, from its line on Today (the diary is older than a week).
  await app
    .getByRole('region', { name: 'Also today' })
    .getByRole('button', { name: /This week’s PEG/ })
    .click()
  const peg = app.getByRole('form', { name: 'Weekly PEG' })
  await choose(peg, 'What number best describes your pain on average in the past week?', '6')
  await choose(
    peg,
    'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
    '7',
  )
  await choose(
    peg,
    'What number best describes how, during the past week, pain has interfered with your general activity?',
    '5',
  )
  await expect(peg.getByText('Score 6.0 of 10')).toBeVisible()
  await screenshot(app, 'today-peg-card')
  await peg.getByRole('button', { name: 'Save this week’s answers' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Saved: score 6.0 of 10' })).toBeVisible()

  // The label and the questions are kept: leave the page, come back, they are still there.
  await open(app, 'Report')
  const label = app.getByLabel('Name or label printed on the report')
  const questions = app.getByLabel('Your questions (printed on the report)')
  await label.fill('Sam Example, born 1979')
  await questions.fill('Should I see a physiotherapist?\nIs it safe to keep lifting at work?')
  await open(app, 'Trends')
  await open(app, 'Report')
  await expect(label).toHaveValue('Sam Example, born 1979')
  await expect(questions).toHaveValue(
    'Should I see a physiotherapist?\nIs it safe to keep lifting at work?',
  )

  const report = app.getByRole('article', { name: 'Back spasm diary — summary for the clinician' })
  const flags = report.getByRole('region', { name: 'Red flags' })
  await expect(flags).toContainText('No warning signs recorded.')
  const course = report.getByRole('region', { name: 'Course' })
  await expect(course).toContainText('3 or more started within 90 days')
  await screenshot(app, 'report-summary')
  await app.emulateMedia({ colorScheme: 'dark' })
  await screenshot(app, 'report-summary-dark')
  await app.emulateMedia({ colorScheme: 'light' })

  const out = mkdtempSync(join(tmpdir(), 'unknot-summary-'))
  try {
    printWithPlaywright(diary, app)
    const file = join(out, 'summary.pdf')
    diary.services.nextSavePath = file
    await app.getByRole('button', { name: 'Export PDF' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'PDF saved' })).toContainText(file)
    const text = pdfText(file)
    pdfPictures(file, 'summary-pdf')

    // The period as asked (the last 3 months), and when the diary starts.
    expect(text).toMatch(loose(`Period: ${day(ago(90))} – ${day(today)} (91 days)`))
    expect(text).toMatch(loose(`first entry on ${day(ago(80))}`))
    expect(text).toContain('Sam Example, born 1979')
    // Recurrence once, in the Course section, not among the red flags.
    expect(text).toMatch(
      loose('Lower back: 3 episodes in 3 months; 3 or more started within 90 days'),
    )
    expect(text).toMatch(loose('Red flags No warning signs recorded.'))
    // The person's questions come right after the red flags, before the tables.
    const at = (s: string) => text.search(loose(s))
    expect(at('Is it safe to keep lifting at work?')).toBeGreaterThan(at('Red flags'))
    expect(at('Is it safe to keep lifting at work?')).toBeLessThan(at('Start End Days'))
    expect(at('Should I see a physiotherapist?')).toBeLessThan(at('Pain and stiffness'))
    // The episode rows, newest first, with trigger, peak pain and flags.
    expect(text).toMatch(
      loose(`${day(ago(9))} ongoing 10 Lower back, both sides Bending 6/10 not easing, recurring`),
    )
    expect(text).toMatch(
      loose(`${day(ago(45))} ${day(ago(40))} 6 Lower back, left side Twisting 8/10 —`),
    )
    expect(text).toMatch(
      loose(
        `${day(ago(80))} ${day(ago(76))} 5 Lower back, left side Lifting — “Moved a sofa” 7/10 —`,
      ),
    )
    // The marked note, dated; the PEG.
    expect(text).toMatch(
      loose(`${day(today)} · Evening check-in: Worse after sitting through a long meeting`),
    )
    // The weekly chart's legend beside it may be read in between its words.
    const legend = '(?:(?:Morning|Evening) pain\\s+)*'
    expect(text).toMatch(
      new RegExp(`6\\.0\\s+${legend}on\\s+${legend}${loose(`${day(today)} (1 answer)`).source}`),
    )
    // The footer on every page: label, period, generated on, page X of Y.
    expect(text).toMatch(loose('page 1 of 1'))
    expect(text).toMatch(loose(`generated on ${day(today)} by Unknot`))
    expect(pdfPages(file)).toBe(1)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})

test('three months of a typical diary print on one page, a year on at most two', async ({
  app,
  diary,
}) => {
  seedSyntheticDiary(diary.db, { to: today, days: 365 })
  // Notes for the doctor and weekly PEGs, as a person keeping the diary would have them.
  for (let week = 0; week < 52; week++) {
    insertPeg(diary.db, { date: ago(week * 7 + 1), pain: 5, enjoyment: 4, activity: 6 })
  }
  diary.db.exec(`UPDATE checkins SET notes = 'Stiff after the drive to work', note_for_doctor = 1
    WHERE id IN (SELECT id FROM checkins WHERE slot = 'evening' ORDER BY date DESC LIMIT 4)`)
  // "What I tested": an experiment stopped early in the last 3 months (the longer wording).
  const walk = createExperiment(
    diary.db,
    experimentDraftSchema.parse({
      question: 'morning_walk',
      outcome: 'morning_stiffness',
      startsOn: ago(40),
      pairs: 6,
      periodDays: 3,
      washoutDays: 1,
    }),
    new Date(`${ago(40)}T09:00:00`),
  )
  stopExperiment(diary.db, walk.id, new Date(`${ago(20)}T09:00:00`))
  await diary.call('settings:save', {
    reportLabel: 'Sam Example, born 1979',
    doctorQuestions: 'Should I see a physiotherapist?\nIs it safe to keep lifting at work?',
  })
  // As after a restart: the window reads the diary as it now is.
  await app.reload()
  printWithPlaywright(diary, app)
  await open(app, 'Report')
  await expect(app.getByLabel('Name or label printed on the report')).toHaveValue(
    'Sam Example, born 1979',
  )
  const out = mkdtempSync(join(tmpdir(), 'unknot-fit-'))
  try {
    for (const [preset, most] of [
      ['3 months', 1],
      ['1 year', 2],
    ] as const) {
      await app.getByRole('group', { name: 'Period' }).getByRole('button', { name: preset }).click()
      await expect(app.locator('.report__chart .recharts-line-curve').first()).toBeVisible()
      for (const size of ['A4', 'Letter'] as const) {
        await app.getByLabel('Paper size').selectOption(size)
        const file = join(out, `${preset}-${size}.pdf`)
        diary.services.nextSavePath = file
        await app.getByRole('button', { name: 'Export PDF' }).click()
        await expect(app.getByRole('status').filter({ hasText: 'PDF saved' })).toContainText(file)
        pdfPictures(file, `fit-${preset.replace(/ /g, '-')}-${size}`)
        const pages = pdfPages(file)
        expect(pages, `${preset} on ${size}`).toBeLessThanOrEqual(most)
        expect(pdfText(file)).toMatch(loose(`page ${pages} of ${pages}`))
        expect(pdfText(file)).toMatch(loose('What I tested'))
        expect(pdfText(file)).toMatch(loose('Does a morning walk help? Incomplete: stopped early.'))
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
