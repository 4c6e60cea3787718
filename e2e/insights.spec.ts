import type { Locator, Page } from '@playwright/test'
import { addDays } from 'date-fns'
import { join } from 'node:path'
import { toIsoDate } from '../src/shared/dates'
import { seedInsightsPattern } from '../testing/insights-pattern'
import { expect, screenshot, screenshotBothThemes, test } from './harness/fixtures'
import { pdfPages, pdfPictures, pdfText, printWithPlaywright } from './harness/print'
import { openScreen } from './harness/screens'

const nav = (app: Page) => app.getByRole('navigation', { name: 'Main' })

async function choose(scope: Locator, group: string, option: string) {
  await scope
    .getByRole('group', { name: group })
    .getByRole('radio', { name: option, exact: true })
    .check()
}

async function openInsights(app: Page) {
  await openScreen(app, 'Insights')
  await expect(app.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  await expect(app.locator('.insights-period')).toBeVisible()
}

test('Insights reads a known pattern back in words, counts and tables', async ({ app, diary }) => {
  const seeded = seedInsightsPattern(diary.db, toIsoDate(new Date()))
  await openInsights(app)

  const factorLine =
    `Sitting more than 6 hours was present before 4 of 5 spasms (80 %; 95 % interval 38–96 %); ` +
    `on ${seeded.longSittingDays} of ${seeded.ordinaryDays} other days`
  const standsOut = app.getByRole('region', { name: 'What stands out' })
  await expect(standsOut).toContainText(factorLine)
  await expect(standsOut).toContainText(
    'Heat was followed by a meaningful drop (2 points or 30 %) in 10 of 10 rated sessions ' +
      '(100 %; 95 % interval 72–100 %) on days 1–2',
  )
  await expect(standsOut).not.toContainText(/caus/i)

  const factors = app.getByRole('region', { name: 'Before a spasm' })
  await expect(factors.getByRole('listitem').first()).toContainText(factorLine)
  const sitting = factors.getByRole('row', { name: /^Sitting more than 6 hours/ })
  await expect(sitting.getByRole('cell')).toHaveText([
    '4 of 5 (80%)',
    `${seeded.longSittingDays} of ${seeded.ordinaryDays} (${Math.round((seeded.longSittingDays / seeded.ordinaryDays) * 100)}%)`,
  ])

  const helps = app.getByRole('region', { name: 'What helps when' })
  await expect(helps).toContainText(
    'Heat on days 1–2 was followed by a meaningful drop (2 points or 30 %) in 10 of 10 rated sessions ' +
      '(pain fell by 3.0 points on average).',
  )
  await expect(helps).toContainText(
    'Heat from day 8 on was followed by a meaningful drop (2 points or 30 %) in 0 of 15 rated sessions ' +
      '(pain did not change on average).',
  )

  // The recovery chart's numbers as a table: the newest episode first, recovered on day 7.
  const recovery = app.getByRole('figure', { name: 'Pain from the first day of each episode' })
  await recovery.getByText(/as a table/).click()
  const rows = recovery.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(1 + seeded.onsets)
  await expect(rows.nth(1).getByRole('cell')).toHaveText([
    '10',
    'Day 7',
    /^8, 7, 6, 5, 4, 3, 2, 1, 1, 1$/,
  ])

  // The chart reads point by point from the keyboard: a tab stop, then the arrow keys.
  const tooltip = recovery.locator('.chart-tooltip')
  await recovery.locator('svg.recharts-surface').first().focus()
  await app.keyboard.press('ArrowRight')
  await expect(tooltip).toContainText(/^Day \d+/)
  const day = Number(/^Day (\d+)/.exec((await tooltip.textContent()) ?? '')?.[1])
  await app.keyboard.press('ArrowRight')
  await expect(tooltip).toContainText(`Day ${day + 1}`)
  await expect(tooltip).toContainText(`: ${(8 - day).toFixed(1)}`)
  await expect(tooltip).toContainText('2 earlier episodes in grey.')

  await expect(app.getByRole('region', { name: 'Early signs' })).toContainText(
    /Morning stiffness lasted 45 minutes on average in the 3 days before 5 spasms \(15 mornings\)/,
  )
})

// Light and dark from one visit: the dark theme swaps colours only (docs/testing.md).
for (const size of [
  { width: 1280, height: 900 },
  { width: 720, height: 560 },
]) {
  test(`Insights screenshots, light and dark, ${size.width}×${size.height}`, async ({
    app,
    diary,
  }) => {
    seedInsightsPattern(diary.db, toIsoDate(new Date()))
    await app.setViewportSize(size)
    await openInsights(app)
    await expect(app.locator('.insights-figure .recharts-surface')).toHaveCount(3)
    await screenshotBothThemes(app, (theme) => `insights-${theme}-${size.width}`)
  })
}

test('the 24-hours-before checklist: answered when an episode starts, edited later', async ({
  app,
  diary,
}) => {
  await nav(app).getByRole('link', { name: 'Episodes', exact: true }).click()
  await app.getByRole('button', { name: 'Start a new episode' }).click()
  const form = app.getByRole('form', { name: 'Start episode' })
  const checklist = form.getByRole('group', { name: /In the 24 hours before it started/ })
  await checklist.getByLabel('Sit for more than 6 hours').check()
  await checklist.getByLabel('Something else').check()
  await checklist.getByLabel('What else? (optional)').fill('A long flight')
  await screenshot(app, 'episode-start-checklist')
  await form.getByRole('button', { name: 'Start episode' }).click()

  const detail = app.getByRole('region', { name: /Lower back episode/ })
  await expect(detail).toContainText('Sitting more than 6 hours; Something else: A long flight')
  expect(diary.db.prepare('SELECT code FROM onset_factors ORDER BY code').pluck().all()).toEqual([
    'long_sitting',
    'other',
  ])

  // Later: nothing of the list after all.
  await detail.getByRole('button', { name: 'Edit episode' }).click()
  const edit = app.getByRole('form', { name: 'Save episode' })
  await edit.getByLabel('None of these').check()
  await expect(edit.getByLabel('Sit for more than 6 hours')).not.toBeChecked()
  await edit.getByRole('button', { name: 'Save episode' }).click()
  await expect(detail).toContainText('None of these')
  expect(diary.db.prepare('SELECT count(*) FROM onset_checklists').pluck().get()).toBe(1)
  expect(diary.db.prepare('SELECT count(*) FROM onset_factors').pluck().get()).toBe(0)
})

test('Spasm now asks the checklist after saving; Not now leaves it', async ({ app, diary }) => {
  const start = async (place: string) => {
    await app.getByRole('button', { name: 'Spasm now' }).click()
    const form = app.getByRole('form', { name: 'Spasm now' })
    await form.getByLabel(place, { exact: true }).check()
    for (const legend of [
      'Pain right now',
      'Stiffness right now',
      'Spasms: how often since the last check-in, and how severe',
    ]) {
      await form.getByRole('group', { name: legend }).getByRole('radio').nth(1).check()
    }
    await form.getByRole('button', { name: 'Start episode and save pain' }).click()
  }
  await start('Lower back')
  const question = app.getByRole('form', { name: 'Before the lower back episode started' })
  await expect(question.getByRole('button', { name: 'Save the answer' })).toHaveCount(0)
  await question.getByLabel('Lift something heavy').check()
  await screenshot(app, 'today-onset-question')
  await question.getByRole('button', { name: 'Save the answer' }).click()
  await expect(question).toHaveCount(0)
  await expect(app.getByText('Saved: 1 thing ticked for the 24 hours before.')).toBeVisible()
  expect(diary.db.prepare('SELECT code FROM onset_factors').pluck().all()).toEqual([
    'heavy_lifting',
  ])
  // The episode kept what the first step said.
  expect(diary.db.prepare('SELECT region, side FROM episodes').all()).toEqual([
    { region: 'lower', side: 'central' },
  ])
  await app.getByRole('button', { name: 'Close' }).click()

  await start('Upper back')
  const second = app.getByRole('form', { name: 'Before the upper back episode started' })
  await second.getByRole('button', { name: 'Not now' }).click()
  await expect(second).toHaveCount(0)
  expect(diary.db.prepare('SELECT count(*) FROM onset_checklists').pluck().get()).toBe(1)
})

test("today's factors on the evening check-in: off until asked, then remembered", async ({
  app,
  diary,
}) => {
  // 19:00: the evening check-in is the one due.
  const now = new Date()
  await app.clock.install({
    time: new Date(now.getFullYear(), now.getMonth(), now.getDate(), 19, 0),
  })
  await app.reload()
  const evening = app.getByRole('region', { name: 'Evening check-in' })
  const ask = evening.getByLabel(/Also note what happened today/)
  await expect(ask).not.toBeChecked()
  await expect(evening.getByRole('button', { name: 'Sat more than 6 hours' })).toHaveCount(0)

  await ask.check()
  const chip = evening.getByRole('button', { name: 'Sat more than 6 hours' })
  await chip.click()
  await expect(chip).toHaveAttribute('aria-pressed', 'true')
  await choose(evening, 'Pain right now', '2')
  await choose(evening, 'Stiffness right now', '2')
  await choose(evening, 'Spasms since the last check-in', '0: No spasms')
  await screenshot(app, 'evening-factor-chips')
  await evening.getByRole('button', { name: 'Save evening check-in' }).click()
  await expect(evening.getByText('✓ Saved')).toBeVisible()
  await expect(evening).toContainText('Sat more than 6 hours')
  expect(diary.db.prepare('SELECT code FROM day_factors').pluck().all()).toEqual(['long_sitting'])

  // Another evening: the chips are asked for straight away, all off; none pressed = none.
  const yesterday = toIsoDate(addDays(new Date(), -1))
  await app.getByLabel('Entries for').fill(yesterday)
  await expect(evening.getByLabel(/Also note what happened today/)).toBeChecked()
  await expect(evening.getByRole('button', { name: 'Sat more than 6 hours' })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
  await choose(evening, 'Pain right now', '1')
  await choose(evening, 'Stiffness right now', '1')
  await choose(evening, 'Spasms since the last check-in', '0: No spasms')
  await evening.getByRole('button', { name: 'Save evening check-in' }).click()
  await expect(evening).toContainText('None of the factors')
  expect(
    diary.db
      .prepare(
        `SELECT c.date, count(f.code) AS factors FROM day_checklists d
         JOIN checkins c ON c.id = d.checkin_id LEFT JOIN day_factors f USING (checkin_id)
         GROUP BY c.date ORDER BY c.date`,
      )
      .all(),
  ).toEqual([
    { date: yesterday, factors: 0 },
    { date: toIsoDate(new Date()), factors: 1 },
  ])
})

test('the chart screens are fetched while the app is idle, before any click', async ({ app }) => {
  await app.waitForFunction(() => {
    const names = performance.getEntriesByType('resource').map((e) => e.name)
    return (
      names.some((n) => /\/InsightsPage-[^/]+\.js$/.test(n)) &&
      names.some((n) => /\/TrendsPage-[^/]+\.js$/.test(n))
    )
  })
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Today')
})

test('says what each comparison needs on a nearly empty diary', async ({ app }) => {
  await openInsights(app)
  await expect(app.getByRole('region', { name: 'What stands out' })).toContainText(
    'Nothing stands out yet',
  )
  await expect(app.getByRole('region', { name: 'Before a spasm' })).toContainText(
    'Factors are compared once 5 spasms have their “24 hours before” checklist answered; this range has 0.',
  )
  await expect(app.getByRole('region', { name: 'Early signs' })).toContainText(
    'Shown once 5 spasms have check-ins in the 3 days before them',
  )
  await expect(app.locator('.insights-figure')).toHaveCount(0)
})

test("the doctor's report carries the three strongest lines, printed", async ({ app, diary }) => {
  seedInsightsPattern(diary.db, toIsoDate(new Date()))
  printWithPlaywright(diary, app)
  await nav(app).getByRole('link', { name: 'Report', exact: true }).click()
  await app.getByRole('button', { name: '1 year' }).click()
  const patterns = app.getByRole('region', { name: /^Patterns in the diary/ })
  // Only the findings that passed their tests: the heat line and the factor line.
  await expect(patterns.getByRole('listitem')).toHaveCount(2)
  await expect(patterns).toContainText(
    'Heat was followed by a meaningful drop (2 points or 30 %) in 10 of 10 rated sessions',
  )
  await expect(patterns).toContainText('Sitting more than 6 hours was present before 4 of 5 spasms')
  const pdf = join(diary.dir, 'report.pdf')
  diary.services.nextSavePath = pdf
  await app.getByRole('button', { name: 'Export PDF' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'PDF saved' })).toBeVisible()
  const text = pdfText(pdf).replace(/\s+/g, ' ')
  expect(text).toContain('Patterns in the diary')
  expect(text).toContain('Sitting more than 6 hours was present before 4 of 5 spasms')
  expect(pdfPages(pdf)).toBeLessThanOrEqual(2)
  pdfPictures(pdf, 'report-insights-pdf', { firstOnly: true })
})
