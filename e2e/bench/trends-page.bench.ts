import { seedSyntheticDiary } from '../../testing/synthetic-diary'
import { toIsoDate } from '../../src/shared/dates'
import { expect, screenshot, test } from '../harness/fixtures'
import { settleAfterLoad, timeToCharts, timingTable } from './page-timing'

const RUNS = 7

/** Drawn: the summary heading changed and every chart holds a curve (or its markers). */
const READY = {
  heading: '.trend-summary h2',
  // Figures only: a chart with nothing to draw (no PEG answered) is a plain section.
  figures: 'figure.trend-chart',
  drawn: '.recharts-line-curve, .treatment-markers__kind',
  minFigures: 3,
}

test('Trends page: time until the charts show, ten years of entries', async ({ app, diary }) => {
  const counts = seedSyntheticDiary(diary.db, { to: toIsoDate(new Date()), days: 3650 })
  const results: Record<string, number[]> = {}
  const record = (name: string, ms: number) => (results[name] ??= []).push(ms)
  for (let i = 0; i < RUNS; i++) {
    await app.getByRole('link', { name: 'Today' }).click()
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Today')
    // Opening the page: a fresh query (mutations invalidate; here nothing is cached across runs).
    await app.evaluate(() => window.location.reload())
    await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await settleAfterLoad(app)
    const click = (role: 'link' | 'button', name: string) =>
      timeToCharts(app, { role, name }, READY)
    record('open Trends (3 months, daily)', await click('link', 'Trends'))
    record('switch to 1Y (365 daily points)', await click('button', '1 year'))
    record('switch to All (10 years, 4-week points)', await click('button', 'All'))
    record('switch to 2W', await click('button', '2 weeks'))
  }
  await timeToCharts(app, { role: 'button', name: 'All' }, READY)
  await screenshot(app, 'trends-all-ten-years')
  console.log(
    timingTable(
      `Trends page in the Playwright harness (built renderer, Chromium, real handlers over the ` +
        `exposeBinding bridge), ${counts.checkins} check-ins / ${counts.episodes} episodes / ` +
        `${counts.treatments} treatments, ${RUNS} runs:`,
      results,
    ),
  )
})
