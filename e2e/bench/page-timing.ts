import { expect, type Page } from '@playwright/test'
import { SCREENS_LOADED } from '../../src/renderer/src/routes/screens-loaded'

/** Budgets of issue 13, on the median of the runs: opening a chart page, switching its range. */
export const OPEN_BUDGET_MS = 250
export const SWITCH_BUDGET_MS = 150

export interface Ready {
  /** Text that changes when the new answer is on screen (the period heading). */
  heading: string
  /** Every element matching this must hold a drawn chart part … */
  figures: string
  /** … matching this, and there must be at least `minFigures` of them. */
  drawn: string
  minFigures: number
}

/**
 * Clicks a link or button inside the page and waits, inside the page, until the charts for the
 * new answer are drawn (the heading's text changed and every figure holds a drawn part), then
 * one more frame so the browser has painted; answers the milliseconds.
 */
export async function timeToCharts(
  page: Page,
  click: { role: 'link' | 'button'; name: string },
  ready: Ready,
): Promise<number> {
  return page.evaluate(
    async ({ role, name, ready }) => {
      const target = [...document.querySelectorAll(role === 'link' ? 'a' : 'button')].find(
        (el) => (el.getAttribute('aria-label') ?? el.textContent).trim() === name,
      )
      if (!target) throw new Error(`No ${role} named ${name}`)
      const before = document.querySelector(ready.heading)?.textContent ?? ''
      const start = performance.now()
      ;(target as HTMLElement).click()
      await new Promise<void>((resolve, reject) => {
        const deadline = start + 20_000
        const check = () => {
          const heading = document.querySelector(ready.heading)?.textContent ?? ''
          const figures = [...document.querySelectorAll(ready.figures)]
          const drawn =
            figures.length >= ready.minFigures && figures.every((f) => f.querySelector(ready.drawn))
          if (heading && heading !== before && drawn) resolve()
          else if (performance.now() > deadline) {
            const missing = figures
              .filter((f) => !f.querySelector(ready.drawn))
              .map((f) => f.querySelector('h2, h3, h4')?.textContent ?? f.className)
            reject(
              new Error(
                `charts never appeared after "${name}": heading ${heading === before ? 'unchanged' : 'changed'}, ` +
                  `${figures.length} figures, not drawn: ${missing.join('; ') || 'none'}`,
              ),
            )
          } else requestAnimationFrame(check)
        }
        check()
      })
      await new Promise((r) => requestAnimationFrame(() => r(null)))
      return performance.now() - start
    },
    { ...click, ready },
  )
}

/**
 * After a reload, waits as a person would before the first click: until the app, idle after
 * starting, has fetched the chart screens (`preloadScreens` marks the timeline), and is idle
 * again.
 */
export async function settleAfterLoad(page: Page): Promise<void> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    SCREENS_LOADED,
  )
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))))
}

/** The printed table: median and max per action against its budget. */
export function timingTable(title: string, results: Record<string, number[]>): string {
  const lines = [
    title,
    '',
    `| Action | median | max | budget (median) |`,
    `| ------ | ------ | --- | --------------- |`,
  ]
  for (const [name, times] of Object.entries(results)) {
    const sorted = [...times].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN
    const max = sorted.at(-1) ?? NaN
    const budget = name.startsWith('open') ? OPEN_BUDGET_MS : SWITCH_BUDGET_MS
    lines.push(
      `| ${name} | ${median.toFixed(0)} ms | ${max.toFixed(0)} ms | ${median < budget ? 'ok' : 'OVER'} (< ${budget} ms) |`,
    )
  }
  return `\n${lines.join('\n')}\n`
}

/** Runs of each page bench; the tables show their median and max. */
export const RUNS = 7

/**
 * Times one chart page `RUNS` times from a fresh load: open it from the navigation, then switch
 * its range through `switches` ([row name, button]); ends on `last` for the screenshot. Answers
 * the milliseconds per row.
 */
export async function timePage(
  page: Page,
  {
    open,
    switches,
    ready,
    last,
  }: {
    open: { row: string; link: string }
    switches: readonly (readonly [row: string, button: string])[]
    ready: Ready
    last: string
  },
): Promise<Record<string, number[]>> {
  const results: Record<string, number[]> = {}
  const record = (name: string, ms: number) => (results[name] ??= []).push(ms)
  for (let i = 0; i < RUNS; i++) {
    await page.getByRole('link', { name: 'Today' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
    // Opening the page: a fresh query (mutations invalidate; here nothing is cached across runs).
    await page.evaluate(() => window.location.reload())
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await settleAfterLoad(page)
    record(open.row, await timeToCharts(page, { role: 'link', name: open.link }, ready))
    for (const [row, button] of switches) {
      record(row, await timeToCharts(page, { role: 'button', name: button }, ready))
    }
  }
  await timeToCharts(page, { role: 'button', name: last }, ready)
  return results
}
