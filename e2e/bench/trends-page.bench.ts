import { seedSyntheticDiary } from '../../testing/synthetic-diary'
import { toIsoDate } from '../../src/shared/dates'
import { screenshot } from '../harness/fixtures'
import { test } from './bench-loader'
import { calibrate, RUNS, timePage, timingTable } from './page-timing'

/** Drawn: the summary heading changed and every chart holds a curve (or its markers). */
const READY = {
  heading: '.trend-summary h2',
  // Figures only: a chart with nothing to draw (no PEG answered) is a plain section.
  figures: 'figure.trend-chart',
  drawn: '.series-line, .treatment-markers__kind',
  minFigures: 3,
}

test('Trends page: time until the charts show, ten years of entries', async ({ app, diary }) => {
  // The calibration first, on the same page with the diary still empty.
  const calibration = await calibrate(app, { link: 'Trends', shown: '#trends-empty' })
  const counts = seedSyntheticDiary(diary.db, { to: toIsoDate(new Date()), days: 3650 })
  const results = await timePage(app, {
    open: { row: 'open Trends (3 months, daily)', link: 'Trends' },
    switches: [
      ['switch to 1Y (365 daily points)', '1 year'],
      ['switch to All (10 years, 4-week points)', 'All'],
      ['switch to 2W', '2 weeks'],
    ],
    ready: READY,
    last: 'All',
  })
  await screenshot(app, 'trends-all-ten-years')
  console.log(
    timingTable(
      `Trends page (built renderer, Chromium, real handlers), ${counts.checkins} check-ins / ${counts.episodes} episodes / ` +
        `${counts.treatments} treatments, ${RUNS} runs:`,
      results,
      { row: 'open Trends with an empty diary', times: calibration },
    ),
  )
})
