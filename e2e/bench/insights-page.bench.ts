import { seedSyntheticDiary } from '../../testing/synthetic-diary'
import { toIsoDate } from '../../src/shared/dates'
import { expect, screenshot, test } from '../harness/fixtures'
import { settleAfterLoad, timeToCharts, timingTable } from './page-timing'

const RUNS = 7

/** Drawn: the period line changed and every Insights chart holds its surface. */
const READY = {
  heading: '.insights-period',
  figures: '.insights-figure',
  drawn: '.recharts-surface',
  minFigures: 3,
}

test('Insights page: time until it shows, ten years of entries', async ({ app, diary }) => {
  const counts = seedSyntheticDiary(diary.db, { to: toIsoDate(new Date()), days: 3650 })
  const results: Record<string, number[]> = {}
  const record = (name: string, ms: number) => (results[name] ??= []).push(ms)
  for (let i = 0; i < RUNS; i++) {
    await app.getByRole('link', { name: 'Today' }).click()
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Today')
    await app.evaluate(() => window.location.reload())
    await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await settleAfterLoad(app)
    const click = (role: 'link' | 'button', name: string) =>
      timeToCharts(app, { role, name }, READY)
    record('open Insights (1 year)', await click('link', 'Insights'))
    record('switch to All (10 years, 153 episodes)', await click('button', 'All'))
    record('switch to 3M', await click('button', '3 months'))
    record('switch to 1Y', await click('button', '1 year'))
  }
  await timeToCharts(app, { role: 'button', name: 'All' }, READY)
  await screenshot(app, 'insights-all-ten-years')
  console.log(
    timingTable(
      `Insights page, same harness and diary: ${counts.checkins} check-ins / ${counts.episodes} ` +
        `episodes / ${counts.onsetChecklists} onset checklists / ${counts.dayChecklists} evening ` +
        `checklists, ${RUNS} runs:`,
      results,
    ),
  )
})
