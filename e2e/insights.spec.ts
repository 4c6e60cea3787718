import type { Page } from '@playwright/test'
import { toIsoDate } from '../src/shared/dates'
import { seedInsightsPattern } from '../testing/insights-pattern'
import { expect, screenshot, test } from './harness/fixtures'

const nav = (app: Page) => app.getByRole('navigation', { name: 'Main' })

async function openInsights(app: Page) {
  await nav(app).getByRole('link', { name: 'Insights', exact: true }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  await expect(app.locator('.insights-period')).toBeVisible()
}

test('Insights reads a known pattern back in words, counts and tables', async ({ app, diary }) => {
  const seeded = seedInsightsPattern(diary.db, toIsoDate(new Date()))
  await openInsights(app)

  const factorLine =
    `Sitting more than 6 hours was present before 4 of 5 spasms; on ` +
    `${seeded.longSittingDays} of ${seeded.ordinaryDays} other days.`
  const standsOut = app.getByRole('region', { name: 'What stands out' })
  await expect(standsOut).toContainText(factorLine)
  await expect(standsOut).toContainText(
    'Heat was followed by a drop of 2 or more points in 10 of 10 rated sessions on days 1–2, ' +
      'and in 0 of 15 rated sessions from day 8 on.',
  )
  await expect(standsOut).not.toContainText(/caus/i)

  const factors = app.getByRole('region', { name: 'Before a spasm' })
  await expect(factors.getByRole('listitem').first()).toHaveText(factorLine)
  const sitting = factors.getByRole('row', { name: /^Sitting more than 6 hours/ })
  await expect(sitting.getByRole('cell')).toHaveText([
    '4 of 5 (80%)',
    `${seeded.longSittingDays} of ${seeded.ordinaryDays} (${Math.round((seeded.longSittingDays / seeded.ordinaryDays) * 100)}%)`,
  ])

  const helps = app.getByRole('region', { name: 'What helps when' })
  await expect(helps).toContainText(
    'Heat on days 1–2 was followed by a drop of 2 or more points in 10 of 10 rated sessions ' +
      '(pain fell by 3.0 points on average).',
  )
  await expect(helps).toContainText(
    'Heat from day 8 on was followed by a drop of 2 or more points in 0 of 15 rated sessions ' +
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

  await expect(app.getByRole('region', { name: 'Early signs' })).toContainText(
    /Morning stiffness lasted 45 minutes on average in the 3 days before 5 spasms \(15 mornings\)/,
  )
})

for (const theme of ['light', 'dark'] as const) {
  for (const size of [
    { width: 1280, height: 900 },
    { width: 720, height: 560 },
  ]) {
    test(`Insights screenshots, ${theme}, ${size.width}×${size.height}`, async ({ app, diary }) => {
      seedInsightsPattern(diary.db, toIsoDate(new Date()))
      await app.setViewportSize(size)
      await app.emulateMedia({ colorScheme: theme })
      await openInsights(app)
      await expect(app.locator('.insights-figure .recharts-surface')).toHaveCount(3)
      await screenshot(app, `insights-${theme}-${size.width}`)
    })
  }
}
