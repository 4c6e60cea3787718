import { seedSyntheticDiary } from '../../testing/synthetic-diary'
import { toIsoDate } from '../../src/shared/dates'
import { screenshot } from '../harness/fixtures'
import { test } from './bench-loader'
import { calibrate, RUNS, timePage, timingTable } from './page-timing'

/**
 * Drawn: the period line changed and every Insights chart in the window holds its surface. A
 * short range may have too few rated sessions for the phase chart: one figure at least.
 */
const READY = {
  heading: '.insights-period',
  figures: '.insights-figure',
  drawn: '.recharts-surface',
  minFigures: 1,
}

test('Insights page: time until it shows, ten years of entries', async ({ app, diary }) => {
  // The calibration first, on the same page with the diary still empty.
  const calibration = await calibrate(app, { link: 'Insights', shown: '.insights-period' })
  const counts = seedSyntheticDiary(diary.db, { to: toIsoDate(new Date()), days: 3650 })
  const results = await timePage(app, {
    open: { row: 'open Insights (1 year)', link: 'Insights' },
    switches: [
      ['switch to All (10 years, 153 episodes)', 'All'],
      ['switch to 3M', '3 months'],
      ['switch to 1Y', '1 year'],
    ],
    ready: READY,
    last: 'All',
  })
  await screenshot(app, 'insights-all-ten-years')
  console.log(
    timingTable(
      `Insights page, same loader and diary: ${counts.checkins} check-ins / ${counts.episodes} ` +
        `episodes / ${counts.onsetChecklists} onset checklists / ${counts.dayChecklists} evening ` +
        `checklists, ${RUNS} runs:`,
      results,
      { row: 'open Insights with an empty diary', times: calibration },
    ),
  )
})
