import type { Page } from '@playwright/test'
import { seedSyntheticDiary } from '../../testing/synthetic-diary'
import { toIsoDate } from '../../src/shared/dates'
import { expect, screenshot, test } from '../harness/fixtures'

const RUNS = 7

/**
 * Clicks inside the page and waits, inside the page, until the Trends charts for the new range
 * are drawn (summary heading replaced and a curve in every chart); returns the milliseconds.
 */
async function timeToCharts(page: Page, click: { role: 'link' | 'button'; name: string }) {
  return page.evaluate(async ({ role, name }) => {
    const target = [...document.querySelectorAll(role === 'link' ? 'a' : 'button')].find(
      (el) => (el.getAttribute('aria-label') ?? el.textContent).trim() === name,
    )
    if (!target) throw new Error(`No ${role} named ${name}`)
    const before = document.querySelector('.trend-summary h2')?.textContent ?? ''
    const start = performance.now()
    ;(target as HTMLElement).click()
    await new Promise<void>((resolve, reject) => {
      const deadline = start + 20_000
      const check = () => {
        const heading = document.querySelector('.trend-summary h2')?.textContent ?? ''
        const figures = [...document.querySelectorAll('.trend-chart')]
        const drawn =
          figures.length >= 3 &&
          figures.every((f) => f.querySelector('.recharts-line-curve, .treatment-markers__kind'))
        if (heading && heading !== before && drawn) resolve()
        else if (performance.now() > deadline) reject(new Error('charts never appeared'))
        else requestAnimationFrame(check)
      }
      check()
    })
    // One more frame: the browser has painted what it laid out.
    await new Promise((r) => requestAnimationFrame(() => r(null)))
    return performance.now() - start
  }, click)
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
    record(
      'open Trends (3 months, daily)',
      await timeToCharts(app, { role: 'link', name: 'Trends' }),
    )
    record(
      'switch to 1Y (365 daily points)',
      await timeToCharts(app, { role: 'button', name: '1 year' }),
    )
    record(
      'switch to All (10 years, 4-week points)',
      await timeToCharts(app, { role: 'button', name: 'All' }),
    )
    record('switch to 2W', await timeToCharts(app, { role: 'button', name: '2 weeks' }))
  }
  await timeToCharts(app, { role: 'button', name: 'All' })
  await screenshot(app, 'trends-all-ten-years')
  const lines = [
    `Trends page in the Playwright harness (built renderer, Chromium, real handlers over the exposeBinding bridge), ` +
      `${counts.checkins} check-ins / ${counts.episodes} episodes / ${counts.treatments} treatments, ${RUNS} runs:`,
    '',
    '| Action | median | max | budget 500 ms |',
    '| ------ | ------ | --- | ------------- |',
  ]
  for (const [name, times] of Object.entries(results)) {
    const sorted = [...times].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN
    const max = sorted.at(-1) ?? NaN
    lines.push(
      `| ${name} | ${median.toFixed(0)} ms | ${max.toFixed(0)} ms | ${max < 500 ? 'ok' : 'OVER'} |`,
    )
  }
  console.log(`\n${lines.join('\n')}\n`)
})
