import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { addDays } from 'date-fns'
import { fromIsoDate, toIsoDate } from '../src/shared/dates'
import { formatDay } from '../src/shared/format'
import { parseCsv } from '../src/main/export/csv'
import { csvPaths } from '../src/main/report/report.handlers'
import {
  REPORT_TODAY,
  seedReportFixture,
  seedReportFixtureWithRedFlag,
} from '../testing/report-fixture'
import { seedSyntheticDiary } from '../testing/synthetic-diary'
import { expect, screenshot, screenshotBothThemes, test } from './harness/fixtures'
import {
  pdfPages,
  pdfPictures,
  pdfText,
  playwrightPdfOptions,
  printWithPlaywright,
} from './harness/print'

const today = toIsoDate(new Date())

async function openPage(app: Page, name: 'Trends' | 'Report') {
  await app.getByRole('link', { name }).click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(name)
}

test('trends: switches ranges, summarises mornings vs evenings and reads a tooltip', async ({
  app,
  diary,
}) => {
  seedSyntheticDiary(diary.db, { to: today, days: 365 })
  // recharts sets its styles through the CSSOM (element.style), which the strict CSP allows;
  // any inline <style> or style attribute it tried to inject would be reported here.
  await app.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
    })
  })
  await openPage(app, 'Trends')
  const stiffness = app.getByRole('figure', { name: 'Stiffness: morning vs evening' })
  await expect(stiffness.locator('.series-line').first()).toBeVisible()
  await expect(app.getByRole('figure', { name: 'Pain and its 7-day average' })).toBeVisible()
  await expect(app.getByRole('figure', { name: 'Spasm frequency' })).toBeVisible()
  await expect(app.getByRole('figure', { name: 'Treatments' })).toBeVisible()
  // Episodes are shaded bands with a text label, not colour alone.
  await expect(stiffness.locator('.episode-bands .episode-band').first()).toBeAttached()
  await expect(stiffness.getByText('Episode').first()).toBeAttached()

  // The summary's numbers are main's SQL means over the 3-month default range.
  const from = toIsoDate(addDays(fromIsoDate(today), -90))
  const means = diary.db
    .prepare<{ from: string; to: string }, { m: number; e: number }>(
      `SELECT avg(CASE WHEN slot = 'morning' THEN stiffness END) AS m,
              avg(CASE WHEN slot = 'evening' THEN stiffness END) AS e
       FROM checkins WHERE date BETWEEN :from AND :to`,
    )
    .get({ from, to: today })
  if (!means) throw new Error('no means')
  const summary = app.getByRole('region', { name: `${formatDay(from)} – ${formatDay(today)}` })
  await expect(summary).toContainText(
    `Mornings were stiffer than evenings by ${(Math.round((means.m - means.e) * 10) / 10).toFixed(1)} points on average`,
  )
  await expect(summary).toContainText(
    `morning ${means.m.toFixed(1)}, evening ${means.e.toFixed(1)}`,
  )
  await screenshot(app, 'trends')

  const presets = app.getByRole('group', { name: 'Show the last' })
  for (const [name, days] of [
    ['2 weeks', 14],
    ['1 month', 30],
    ['1 year', 365],
    ['All', 365],
  ] as const) {
    await presets.getByRole('button', { name }).click()
    await expect(presets.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true')
    const start = toIsoDate(addDays(fromIsoDate(today), -(days - 1)))
    await expect(
      app.getByRole('heading', { name: `${formatDay(start)} – ${formatDay(today)}` }),
    ).toBeVisible()
  }

  // A custom range from the two date inputs.
  await app.getByLabel('From').fill(toIsoDate(addDays(fromIsoDate(today), -20)))
  await app.getByLabel('to', { exact: true }).fill(toIsoDate(addDays(fromIsoDate(today), -6)))
  const customFrom = toIsoDate(addDays(fromIsoDate(today), -20))
  const customTo = toIsoDate(addDays(fromIsoDate(today), -6))
  await expect(
    app.getByRole('heading', { name: `${formatDay(customFrom)} – ${formatDay(customTo)}` }),
  ).toBeVisible()
  await expect(presets.getByRole('button', { pressed: true })).toHaveCount(0)

  // Hover the middle of the stiffness chart and read the day's values from the tooltip.
  await presets.getByRole('button', { name: '2 weeks' }).click()
  const surface = stiffness.locator('svg.recharts-surface')
  const box = await surface.boundingBox()
  if (!box) throw new Error('the chart has no box')
  await app.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5)
  const tooltip = stiffness.locator('.chart-tooltip')
  await expect(tooltip).toBeVisible()
  // The day under the pointer is marked on each line that has a value there.
  await expect(stiffness.locator('.series-line__active').first()).toBeVisible()
  const shownDay = (await tooltip.locator('.chart-tooltip__date').textContent()) ?? ''
  const date = Array.from({ length: 14 }, (_, i) =>
    toIsoDate(addDays(fromIsoDate(today), -i)),
  ).find((d) => formatDay(d) === shownDay)
  expect(date, `tooltip date "${shownDay}"`).toBeDefined()
  const row = diary.db
    .prepare<[string], { stiffness: number }>(
      `SELECT stiffness FROM checkins WHERE date = ? AND slot = 'morning'`,
    )
    .get(date ?? '')
  await expect(tooltip).toContainText(
    `Morning stiffness: ${row ? String(row.stiffness) : 'no entry'}`,
  )
  await screenshot(app, 'trends-tooltip')

  const styled = await app.evaluate(() => {
    const wrapper = document.querySelector<HTMLElement>('.recharts-wrapper')
    return {
      violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
      // Set by recharts via the CSSOM and honoured under the CSP.
      position: wrapper ? getComputedStyle(wrapper).position : 'missing',
      inlineWidth: wrapper?.style.width ?? '',
    }
  })
  // Nothing was refused: no style written as markup, and no eval probed (the statistics run in
  // main; docs/security.md).
  expect(styled.violations).toEqual([])
  expect(styled.position).toBe('relative')
  expect(styled.inlineWidth).toMatch(/px$/)
  // The detector works: a style attribute written as markup is refused and reported.
  await app.evaluate(() => {
    const probe = document.createElement('div')
    probe.setAttribute('style', 'color: red')
    document.body.append(probe)
  })
  await expect
    .poll(() =>
      app.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations.length,
      ),
    )
    .toBeGreaterThan(0)
  const reported = await app.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  )
  expect(reported.some((v) => v.startsWith('style-src-attr inline'))).toBe(true)

  await app.emulateMedia({ colorScheme: 'dark' })
  await presets.getByRole('button', { name: '3 months' }).click()
  // The three months' answer on screen before the picture, or it blanks the plots mid-shot.
  await expect(summary).toBeVisible()
  await screenshot(app, 'trends-dark')
})

test('trends: an empty diary says how to start', async ({ app }) => {
  await openPage(app, 'Trends')
  await expect(
    app.getByRole('heading', { name: 'Nothing to chart yet for this range' }),
  ).toBeVisible()
  await expect(app.getByRole('link', { name: 'Today' }).last()).toBeVisible()
})

test('trends: a narrow window charts a year by weeks, no more points than pixels', async ({
  app,
  diary,
}) => {
  seedSyntheticDiary(diary.db, { to: today, days: 365 })
  await openPage(app, 'Trends')
  await app
    .getByRole('group', { name: 'Show the last' })
    .getByRole('button', { name: '1 year' })
    .click()
  const stiffness = app.getByRole('figure', { name: 'Stiffness: morning vs evening' })
  // The plot's pixel columns, where the page asked for one point each (docs/performance.md).
  const plotWidth = async () =>
    (await stiffness.locator('.recharts-cartesian-grid').boundingBox())?.width ?? 0
  await expect.poll(plotWidth).toBeGreaterThanOrEqual(800)
  await stiffness.getByRole('button', { name: 'Show as table' }).click()
  const table = stiffness.getByRole('table')
  const rows = table.locator('tbody tr')
  // Wide: one point a day (the plot has about 850 pixel columns).
  await expect(table.getByRole('columnheader', { name: 'Day', exact: true })).toBeVisible()
  // A row per day with a value.
  const days = await rows.count()
  expect(days).toBeGreaterThan(360)
  // 320 px: the plot has about 130 columns (asked as 100), so main answers the year in weeks.
  await app.setViewportSize({ width: 320, height: 800 })
  await expect(table.getByRole('columnheader', { name: 'Week ending' })).toBeVisible()
  // The preset's 365 days, counted back from today in 7-day buckets.
  await expect(rows).toHaveCount(Math.ceil(365 / 7))
  await expect(stiffness).toContainText('Each point is the mean of a week')
  await stiffness.getByRole('button', { name: 'Show as chart' }).click()
  // It asked for 100 points (the plot's width in 50 px steps): the plot has at least that many.
  await expect.poll(plotWidth).toBeGreaterThanOrEqual(100)
  await stiffness.scrollIntoViewIfNeeded()
  await screenshotBothThemes(app, (theme) => `trends-year-320-${theme}`)
  // Wide again: days again.
  await app.setViewportSize({ width: 1280, height: 900 })
  await stiffness.getByRole('button', { name: 'Show as table' }).click()
  await expect(table.getByRole('columnheader', { name: 'Day', exact: true })).toBeVisible()
  await expect(rows).toHaveCount(days)
})

test('report: prints to PDF with the right numbers and exports CSV', async ({ app, diary }) => {
  // A warning sign ticked on one March check-in goes into the red-flag box too.
  seedReportFixtureWithRedFlag(diary.db)
  // A one-leg sign names its leg wherever it is reported.
  diary.db
    .prepare(
      `INSERT INTO checkin_symptoms (checkin_id, code, side)
       SELECT id, 'pain_below_knee_one_leg', 'right' FROM checkins WHERE date = '2026-03-10'
       LIMIT 1`,
    )
    .run()
  // The fixture's numbers are hand-computed for 10 April 2026 (the ongoing episode's length).
  diary.ctx.now = () => new Date(`${REPORT_TODAY}T09:00:00`)
  const out = mkdtempSync(join(tmpdir(), 'unknot-report-'))
  try {
    printWithPlaywright(diary, app)
    await openPage(app, 'Report')
    await app.getByLabel('From').fill('2026-03-01')
    await app.getByLabel('to', { exact: true }).fill('2026-03-31')
    await app.getByLabel('Name or label printed on the report').fill('Test Patient, born 1980')
    await app.getByLabel('Your questions (printed on the report)').fill('Is heat or ice better?')
    const flags = app.getByRole('region', { name: 'Red flags' })
    await expect(flags).toContainText('Loss of bladder or bowel control')
    await expect(flags).toContainText('Pain travelling down one leg below the knee (right leg)')
    // Course flags are facts of the course, never red flags.
    await expect(flags).not.toContainText('Longer than')
    const course = app.getByRole('region', { name: 'Course' })
    await expect(course).toContainText('1 ended episode lasted longer than four weeks (29 days)')
    await screenshot(app, 'report')

    // Export PDF: main asks where, prints the page (print CSS) and writes the file.
    const pdfFile = join(out, 'report.pdf')
    diary.services.nextSavePath = pdfFile
    await app.getByRole('button', { name: 'Export PDF' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'PDF saved' })).toContainText(pdfFile)
    const text = pdfText(pdfFile)
    expect(text).toContain('Test Patient, born 1980')
    expect(text).toMatch(/Period: 1 Mar 2026 – 31 Mar 2026 \(31\s+days\)/)
    expect(text).toMatch(/Red flags/)
    // Strongest first, each a plain line: tier in words, date, what and one sentence.
    expect(text).toMatch(
      /Emergency · 2 Mar 2026 · Loss\s+of\s+bladder\s+or\s+bowel\s+control:\s+Warning\s+sign\s+ticked/,
    )
    expect(text).not.toMatch(/Urgent|Longer than four weeks:|Keeps coming back/)
    expect(text).toMatch(
      /Soon · 10 Mar 2026 · Pain\s+travelling\s+down\s+one\s+leg\s+below\s+the\s+knee\s+\(right\s+leg\)/,
    )
    // The course per region: recurrence once, ended long episodes as facts without a tier.
    expect(text).toMatch(
      /Lower\s+back:\s+2\s+episodes\s+in\s+31\s+days;\s+3\s+or\s+more\s+started\s+within\s+90\s+days\s+·\s+median\s+16\.5\s+days\s+·\s+longest\s+29\s+days\s+·\s+1\s+ended\s+episode\s+lasted\s+longer\s+than\s+four\s+weeks\s+\(29\s+days\)/,
    )
    expect(text).toMatch(
      /Upper\s+back:\s+1\s+episode\s+·\s+median\s+16\.0\s+days\s+·\s+longest\s+16\s+days/,
    )
    expect(text).toMatch(/4 episodes · median 18\.0 days · longest 29 days/)
    // Treatments: the Treatments page's rule, worded so it cannot be misread.
    // Medication by name: one row per medication.
    expect(text).toMatch(/Medication: Ibuprofen 400 mg\s+3\s+0 rated; 3 needed\s+—\s+—/)
    expect(text).toMatch(/Medication: Naproxen, 250 mg "slow"\s+1\s+0 rated; 3 needed\s+—\s+—/)
    expect(text).toMatch(/Heat\s+3\s+2 rated; 3 needed\s+—\s+—/)
    expect(text).toMatch(/Ice\s+1\s+1 rated; 3 needed\s+—\s+—/)
    expect(text).toMatch(/is\s+not\s+proof\s+that\s+it\s+worked/)
    expect(text).toMatch(/Have you ever had cancer\?\s+not answered/)
    expect(text).toMatch(/Ibuprofen 400 mg\s+3\s+2/)
    expect(text).toMatch(
      /Morning pain\s+3\s+5\.3\s+8\s+7\.0 → 2\.0 \(↓ lower by 5\.0:\s+meaningful\)/,
    )
    // The verdict may wrap in its cell, with the weekly chart's axis labels read in between.
    expect(text).toMatch(/4\.0 → 3\.0 \(↓ lower by 1\.0:\s+no\s+meaningful[\s\d]+change\)/)
    // The notes marked for the doctor, dated; the PEG of the month (the weekly chart's axis
    // labels may be read in between its words).
    expect(text).toMatch(/20 Mar 2026 · Flare-up: Bent to pick up a box,/)
    expect(text).toMatch(
      /first\s+6\.0\s+on\s+2\s+Mar\s+2026,\s+latest[\s\S]{0,300}?4\.0\s+on\s+16\s+Mar\s+2026,[\s\S]{0,300}?mean\s+5\.0/,
    )
    expect(text).toContain('Is heat or ice better?')
    // The app's navigation and the export controls are not printed.
    expect(text).not.toContain('Export PDF')
    expect(text).not.toContain('Your journal stays on this computer')
    expect(pdfPages(pdfFile)).toBe(1)
    pdfPictures(pdfFile, 'report-pdf-page1', { firstOnly: true })

    // Cancelling the dialog says nothing was saved.
    diary.services.nextSavePath = undefined
    await app.getByRole('button', { name: 'Export PDF' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible()

    // Export CSV through the channel and read the files back.
    const base = join(out, 'march.csv')
    diary.services.nextSavePath = base
    await app.getByRole('button', { name: 'Export CSV' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'CSV files saved' })).toBeVisible()
    const files = csvPaths(base)
    const checkins = parseCsv(readFileSync(files.checkins, 'utf8'))
    expect(checkins[0]).toEqual([
      'id',
      'date',
      'slot',
      'recorded_at',
      'pain',
      'stiffness',
      'stiffness_minutes',
      'spasm_frequency',
      'spasm_severity',
      'sleep_interrupted',
      'episode_id',
      'symptoms',
      'symptom_sides',
      'factors',
      'notes',
      'note_for_doctor',
    ])
    expect(checkins.slice(1).map((r) => [r[1], r[2], r[4]])).toEqual([
      ['2026-03-02', 'morning', '6'],
      ['2026-03-02', 'evening', '4'],
      ['2026-03-10', 'morning', '8'],
      ['2026-03-20', 'morning', '2'],
      ['2026-03-20', 'other', '9'],
      ['2026-03-20', 'evening', '3'],
    ])
    const sides = checkins[0]?.indexOf('symptom_sides') ?? -1
    expect(checkins.find((r) => r[1] === '2026-03-10')?.[sides]).toBe(
      'pain_below_knee_one_leg=right',
    )
    const notes = checkins[0]?.indexOf('notes') ?? -1
    expect(checkins[1]?.[notes]).toBe('Stiff, "locked" until 8, then better')
    const treatments = parseCsv(readFileSync(files.treatments, 'utf8'))
    expect(treatments).toHaveLength(9)
    expect(treatments.map((r) => r[2])).toContain('Naproxen, 250 mg "slow"')
    const episodes = parseCsv(readFileSync(files.episodes, 'utf8'))
    expect(episodes.map((r) => r[1])).toEqual([
      'started_on',
      '2026-02-20',
      '2026-03-05',
      '2026-03-10',
      '2026-03-22',
    ])
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})

test('report: a year of entries prints on at most two pages', async ({ app, diary }) => {
  seedSyntheticDiary(diary.db, { to: today, days: 365 })
  await openPage(app, 'Report')
  await app.getByRole('group', { name: 'Period' }).getByRole('button', { name: '1 year' }).click()
  await expect(app.getByRole('region', { name: 'Red flags' })).toBeVisible()
  await expect(app.locator('.report__chart .recharts-line-curve').first()).toBeVisible()
  const out = mkdtempSync(join(tmpdir(), 'unknot-report-'))
  try {
    const file = join(out, 'year.pdf')
    for (const format of ['A4', 'Letter'] as const) {
      await app.pdf({ path: file, ...playwrightPdfOptions(format) })
      expect(pdfPages(file), `${format} pages`).toBeLessThanOrEqual(2)
    }
    await screenshot(app, 'report-year')
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})

test('settings: backup and restore round trip through the dialogs', async ({ app, diary }) => {
  seedReportFixture(diary.db)
  const out = mkdtempSync(join(tmpdir(), 'unknot-backup-'))
  try {
    const file = join(out, 'backup.json')
    await app.getByRole('link', { name: 'Settings' }).click()
    diary.services.nextSavePath = file
    await app.getByRole('button', { name: 'Save a backup…' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible()
    diary.db.exec('DELETE FROM treatments')
    diary.services.nextOpenPath = file
    await app.getByRole('button', { name: 'Restore from a backup…' }).click()
    await app.getByRole('button', { name: 'Yes, replace my diary…' }).click()
    await expect(app.getByRole('status').filter({ hasText: 'Diary restored' })).toContainText(
      '10 treatments',
    )
    expect(diary.db.prepare('SELECT count(*) FROM treatments').pluck().get()).toBe(10)
    await screenshot(app, 'settings-backup')
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
