import { expect } from '@playwright/test'
import { seedSyntheticDiary } from '../../testing/synthetic-diary'
import { shiftIsoDate, toIsoDate } from '../../src/shared/dates'
import { createExperiment } from '../../src/main/experiments/experiments.repo'
import { experimentDraftSchema } from '../../src/shared/domain/experiment'
import { screenshot } from '../harness/fixtures'
import { test } from './bench-loader'
import {
  calibrate,
  measured,
  RUNS,
  settleAfterLoad,
  timeToCharts,
  timingTable,
  type Sample,
} from './page-timing'

const QUESTION = 'Does a daily stretch routine help?'

test('Experiments page: time until it shows, and a 12-week result', async ({ app, diary }) => {
  // The calibration first, on the same page with the diary still empty.
  const calibration = await calibrate(app, { link: 'Experiments', shown: '#experiment-start' })
  const today = toIsoDate(new Date())
  const counts = seedSyntheticDiary(diary.db, { to: today, days: 365 })
  // A finished 12-week design: 6 pairs of 7-day periods, over a year of check-ins.
  const startsOn = shiftIsoDate(today, -100)
  createExperiment(
    diary.db,
    experimentDraftSchema.parse({
      question: 'stretch_routine',
      outcome: 'evening_pain',
      startsOn,
      pairs: 6,
      periodDays: 7,
      washoutDays: 1,
    }),
    new Date(`${startsOn}T09:00:00`),
  )
  const results: Record<string, Sample[]> = {}
  const record = async (name: string, action: () => Promise<number>) =>
    (results[name] ??= []).push(await measured(app, action))
  const list = { heading: 'h1', figures: '.experiment-list', drawn: 'li', minFigures: 1 }
  const result = {
    heading: '.experiment-result h3',
    figures: '.experiment-result',
    drawn: '.recharts-surface',
    minFigures: 1,
  }
  for (let i = 0; i < RUNS; i++) {
    await app.getByRole('link', { name: 'Today' }).click()
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Today')
    await app.evaluate(() => window.location.reload())
    await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await settleAfterLoad(app)
    await record('open Experiments', () =>
      timeToCharts(app, { role: 'link', name: 'Experiments' }, list),
    )
    await record('open a 12-week result (chart drawn)', () =>
      timeToCharts(app, { role: 'button', name: `Open “${QUESTION}”` }, result),
    )
  }
  await screenshot(app, 'experiments-result-12-weeks')
  console.log(
    timingTable(
      `Experiments page, same loader: ${counts.checkins} check-ins over a year, one finished ` +
        `12-week experiment, ${RUNS} runs:`,
      results,
      { row: 'open Experiments with an empty diary', times: calibration },
    ),
  )
})
