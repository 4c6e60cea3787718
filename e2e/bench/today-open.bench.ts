import type { Page } from '@playwright/test'
import { addDays } from 'date-fns'
import { seedSyntheticDiary } from '../../testing/synthetic-diary'
import { toIsoDate } from '../../src/shared/dates'
import { screenshot } from '../harness/fixtures'
import { test } from './bench-loader'
import { OPEN_APP_BUDGET_MS, RUNS, timingTable, type Sample } from './page-timing'

declare global {
  interface Window {
    /** performance.now() of the first frame with Today interactive (set by the init script). */
    todayInteractiveAt?: number
  }
}

/**
 * From navigation start (performance.now() counts from it) to the first painted frame where
 * Today's heading is on screen and the due check-in's first scale takes a click: a script
 * installed before the page's own watches every frame from the document's start.
 */
function watchToday(): void {
  const ready = () => {
    if (document.querySelector('h1')?.textContent.trim() !== 'Today') return false
    const legend = [...document.querySelectorAll('fieldset legend')].find((l) =>
      l.textContent.trim().startsWith('Pain right now'),
    )
    const fieldset = legend?.closest('fieldset')
    const radio = fieldset?.querySelector<HTMLInputElement>('input[type="radio"]')
    return (
      fieldset !== null &&
      fieldset !== undefined &&
      !fieldset.disabled &&
      radio !== null &&
      radio !== undefined &&
      !radio.disabled &&
      fieldset.getBoundingClientRect().height > 0
    )
  }
  const check = () => {
    if (ready()) requestAnimationFrame(() => (window.todayInteractiveAt = performance.now()))
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/** CPU time is not measured here: the reload restarts the page's counters. */
async function timeOpenings(page: Page): Promise<Sample[]> {
  const times: Sample[] = []
  for (let i = 0; i < RUNS; i++) {
    await page.reload()
    await page.waitForFunction(() => window.todayInteractiveAt !== undefined, null, {
      timeout: 20_000,
    })
    times.push({ ms: await page.evaluate(() => window.todayInteractiveAt ?? NaN), cpu: null })
  }
  return times
}

test('Opening the app to an interactive Today, ten years of entries', async ({ app, diary }) => {
  await app.addInitScript(watchToday)
  const calibration = await timeOpenings(app)
  // Ten years ending yesterday, so today's check-in is due.
  const yesterday = toIsoDate(addDays(new Date(), -1))
  const counts = seedSyntheticDiary(diary.db, { to: yesterday, days: 3650 })
  const results = { 'open the app to an interactive Today (ten years)': await timeOpenings(app) }
  await screenshot(app, 'today-ten-years')
  console.log(
    timingTable(
      `Opening the app (reload, from navigation start) until Today's heading and the due ` +
        `check-in's first scale are usable, ${counts.checkins} check-ins / ${counts.episodes} ` +
        `episodes / ${counts.treatments} treatments, ${RUNS} runs:`,
      results,
      { row: 'open the app to an interactive Today (empty diary)', times: calibration },
      () => OPEN_APP_BUDGET_MS,
    ),
  )
})
