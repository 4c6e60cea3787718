import { axeAudit } from './harness/audits'
import type { Page } from '@playwright/test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, screenshot, test } from './harness/fixtures'
import { openScreen } from './harness/screens'
import type { TempDiary } from '../testing/temp-diary'
import type { ExperimentDetail } from '../src/shared/domain/experiment'
import { optionsOn } from '../src/main/experiments/experiments.repo'
import { reminderText } from '../src/main/reminders/messages'
import { parseCsv } from '../src/main/export/csv'
import { csvPaths } from '../src/main/report/report.handlers'

/**
 * The whole journey of an experiment on a fake clock (main's and the page's): start one in
 * three steps, see today's option on Today, record adherence over the days, let it finish and
 * read the result. Screenshots light and dark, wide and narrow, for people to look at.
 */

const START = new Date('2026-12-07T09:00:00')
const at = (date: string, time = '09:00:00') => new Date(`${date}T${time}`)

async function setClock(app: Page, diary: TempDiary, now: Date) {
  diary.ctx.now = () => now
  await app.clock.setFixedTime(now)
}

/** Axe (WCAG 2.2 AA) on the screen as it stands, and no sideways scroll at 320 px. */
async function audit(app: Page, where: string) {
  expect((await axeAudit(app, where)).lines).toEqual([])
  const size = app.viewportSize()
  await app.setViewportSize({ width: 320, height: 640 })
  // Charts and tables take their new width a frame or two after the resize (a ResizeObserver
  // re-measures them): only an overflow that stays is one a person meets.
  await expect
    .poll(() => app.evaluate(() => document.documentElement.scrollWidth), {
      message: `${where}: scrolls sideways at 320 px`,
    })
    .toBeLessThanOrEqual(320)
  if (size) await app.setViewportSize(size)
}

async function call<T>(diary: TempDiary, channel: string, input?: unknown): Promise<T> {
  const result = await diary.call(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

test('start, follow and finish an experiment, then read its result', async ({ app, diary }) => {
  // Six axe audits and a dozen days: minutes on a busy machine, not one.
  test.setTimeout(300_000)
  await app.clock.install({ time: START })
  await setClock(app, diary, START)
  await app.reload()
  await openScreen(app, 'Experiments')
  await expect(app.getByText('No experiments yet.')).toBeVisible()

  // Three steps, by keyboard where a person would use it.
  await app.getByRole('button', { name: 'Start an experiment' }).click()
  await expect(app.getByRole('heading', { name: 'Step 1 of 3: What to test' })).toBeVisible()
  await audit(app, 'create, step 1')
  await expect(app.getByText(/medication is not offered here/)).toBeVisible()
  await app.getByRole('radio', { name: 'Does a daily stretch routine help?' }).check()
  await app.getByRole('button', { name: 'Next' }).click()
  await expect(app.getByRole('heading', { name: 'Step 2 of 3: What to measure' })).toBeFocused()
  await app.getByRole('radio', { name: /^Evening pain/ }).check()
  await app.getByRole('button', { name: 'Next' }).click()
  await app.getByLabel('Days per period').selectOption('1')
  await expect(app.getByText(/12 days, from/)).toBeVisible()
  await audit(app, 'create, step 3')
  await app.getByRole('button', { name: 'Start the experiment' }).click()

  const view = app.getByRole('region', { name: 'Does a daily stretch routine help?' })
  await expect(view.getByText('Today’s option:')).toBeVisible()
  const [created] = await call<ExperimentDetail[]>(diary, 'experiments:list')
  if (!created) throw new Error('no experiment')
  const plan = (await call<ExperimentDetail>(diary, 'experiments:get', { id: created.id })).days
  const name = (option: string) => (option === 'A' ? 'Stretch routine' : 'No stretch routine')
  await expect(view).toContainText(`Today’s option: ${name(plan[0]?.option ?? 'A')}`)

  // The morning and evening reminders say it too, through the words desktop.ts shows.
  const firstOption = name(plan[0]?.option ?? 'A')
  for (const slot of ['morning', 'evening'] as const) {
    expect(reminderText(slot, optionsOn(diary.db, '2026-12-07')).body).toMatch(
      new RegExp(`^Today: ${firstOption}\\. How`),
    )
  }

  // Today says the option, with one tap.
  await openScreen(app, 'Today')
  const card = app.getByRole('region', { name: 'Today’s experiment' })
  await expect(card).toContainText(name(plan[0]?.option ?? 'A'))
  await audit(app, 'Today with an experiment')
  await card.getByRole('button', { name: 'Did it' }).click()
  await expect(card.getByRole('button', { name: /Did it/ })).toHaveAttribute('aria-pressed', 'true')

  // The days go by: evening pain lower on stretching days; one day skipped.
  for (const [i, day] of plan.entries()) {
    await setClock(app, diary, at(day.date, '21:00:00'))
    const pain = (day.option === 'A' ? 2 : 5) + (i % 2)
    await call(diary, 'checkins:save', {
      date: day.date,
      slot: 'evening',
      pain,
      stiffness: 2,
      spasmFrequency: 0,
    })
    if (i > 0 && i < 11) {
      const adherence = i === 5 ? 'didnt' : 'did'
      await call(diary, 'experiments:recordDay', { id: created.id, date: day.date, adherence })
    }
  }

  // The last day: its adherence on Today, then the result the day after.
  await app.reload()
  await openScreen(app, 'Today')
  await app
    .getByRole('region', { name: 'Today’s experiment' })
    .getByRole('button', { name: 'Didn’t' })
    .click()
  await expect(app.getByRole('button', { name: /Didn’t/ })).toHaveAttribute('aria-pressed', 'true')

  await setClock(app, diary, at('2026-12-19'))
  await app.reload()
  await expect(app.getByRole('region', { name: 'Today’s experiment' })).toHaveCount(0)
  await openScreen(app, 'Experiments')
  await app.getByRole('button', { name: 'Open “Does a daily stretch routine help?”' }).click()
  const result = app.getByRole('region', { name: 'Result' })
  await expect(result).toContainText(
    /On “Stretch routine” days your evening pain was \d\.\d points lower/,
  )
  await expect(result).toContainText(/came up by chance in \d+ % of the 64 possible schedules/)
  await expect(result).toContainText('Days you said you did not do the option: 2')
  await app.getByRole('button', { name: 'Show the whole calendar' }).click()
  await expect(app.getByRole('region', { name: 'The whole calendar, as a table' })).toBeVisible()
  await audit(app, 'the result with the calendar')

  for (const width of [1280, 720]) {
    await app.setViewportSize({ width, height: 900 })
    for (const theme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme: theme })
      await screenshot(app, `experiments/result-${theme}-${width}`)
    }
  }
  await result.getByRole('button', { name: 'Show as table' }).click()
  await expect(result.getByRole('table', { name: /on each counted day/ })).toBeVisible()
  await audit(app, 'the result as a table')
  await screenshot(app, 'experiments/result-table')
  const headline = await result.getByText(/^On “Stretch routine” days/).innerText()
  const chance = await result.getByText(/^A gap this big/).innerText()
  // After the experiment, the reminders say nothing extra.
  expect(optionsOn(diary.db, '2026-12-19')).toEqual([])
  expect(reminderText('morning', optionsOn(diary.db, '2026-12-19')).body).toMatch(/^How is/)

  // The doctor's summary of the last 3 months: What I tested, in the result screen's words.
  await app.setViewportSize({ width: 1280, height: 900 })
  await app.emulateMedia({ colorScheme: 'light' })
  await openScreen(app, 'Report')
  const tested = app.getByRole('region', { name: /^What I tested/ })
  await expect(tested).toContainText('Does a daily stretch routine help?')
  await expect(tested).toContainText(headline)
  await expect(tested).toContainText(chance)
  await expect(tested).toContainText(
    'Option done on 10 of 12 days, not done on 2, not recorded on 0.',
  )
  await expect(tested).not.toContainText('Incomplete')
  await audit(app, 'the report with What I tested')
  for (const width of [1280, 720]) {
    await app.setViewportSize({ width, height: 900 })
    for (const theme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme: theme })
      await tested.scrollIntoViewIfNeeded()
      await screenshot(tested, `experiments/report-tested-${theme}-${width}`)
    }
  }

  // The CSV export carries it, with its days.
  const out = mkdtempSync(join(tmpdir(), 'unknot-tested-'))
  try {
    diary.services.nextSavePath = join(out, 'tested.csv')
    await app.getByRole('button', { name: 'Export CSV' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'CSV files saved' })).toBeVisible()
    const files = csvPaths(join(out, 'tested.csv'))
    const [header, row, ...none] = parseCsv(readFileSync(files.experiments, 'utf8'))
    expect(none).toEqual([])
    const cell = (column: string) => row?.[header?.indexOf(column) ?? -1]
    expect([cell('question_label'), cell('status'), cell('complete')]).toEqual([
      'Does a daily stretch routine help?',
      'finished',
      '1',
    ])
    expect(cell('result')).toBe(`${headline} ${chance}`)
    const days = parseCsv(readFileSync(files.experiment_days, 'utf8')).slice(1)
    expect(days.map((d) => [d[1], d[2]])).toEqual(plan.map((d) => [d.date, d.option]))
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})

test('the create steps and a refusal, light and dark, wide and narrow', async ({ app, diary }) => {
  test.setTimeout(180_000)
  await app.clock.install({ time: START })
  await setClock(app, diary, START)
  await app.reload()
  await openScreen(app, 'Experiments')
  await app.getByRole('button', { name: 'Start an experiment' }).click()
  await app.getByRole('radio', { name: 'Two self-care options I name' }).check()
  await app.getByRole('button', { name: 'Next' }).click()
  await expect(app.getByText('Name both options to go on.')).toBeVisible()
  await app.getByLabel('First option').fill('Paracetamol 500 mg')
  await app.getByLabel('Second option').fill('Nothing')
  await app.getByRole('button', { name: 'Next' }).click()
  await app.getByRole('button', { name: 'Next' }).click()
  await app.getByRole('button', { name: 'Start the experiment' }).click()
  await expect(app.getByRole('alert').first()).toContainText(/./)
  await app.getByRole('button', { name: 'Back' }).click()
  await app.getByRole('button', { name: 'Back' }).click()
  await expect(app.getByText(/for your clinician to plan with you/)).toBeVisible()
  await audit(app, 'a refused create')
  for (const width of [1280, 720]) {
    await app.setViewportSize({ width, height: 900 })
    for (const theme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme: theme })
      await screenshot(app, `experiments/create-refused-${theme}-${width}`)
    }
  }
})
