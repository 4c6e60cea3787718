import { expect, type CDPSession, type Page } from '@playwright/test'
import { loadavg } from 'node:os'
import { execFileSync } from 'node:child_process'
import { SCREENS_LOADED } from '../../src/renderer/src/routes/screens-loaded'
import { BENCH_LOADER } from './bench-loader'

/**
 * Budgets of issue 25, on the median of the runs on a quiet build machine: every action on a
 * page, and opening the app to an interactive Today. Each time is also printed as a ratio to
 * the same page with an empty diary (the calibration), which a busy machine slows alike.
 */
export const ACTION_BUDGET_MS = 100
export const OPEN_APP_BUDGET_MS = 120

export interface Ready {
  /** Text that changes when the new answer is on screen (the period heading). */
  heading: string
  /** Every element matching this that is in the window must hold a drawn chart part … */
  figures: string
  /** … matching this, and there must be at least `minFigures` of them. */
  drawn: string
  minFigures: number
}

/**
 * Clicks a link or button inside the page and waits, inside the page, until the charts for the
 * new answer are drawn (the heading's text changed and every figure in the window holds a drawn
 * part; figures further down are drawn in the background, see usePlot), then one more frame so
 * the browser has painted; answers the milliseconds.
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
          // What a person sees: the figures in the window (those further down draw later).
          const inView = figures.filter((f) => {
            const rect = f.getBoundingClientRect()
            return rect.bottom > 0 && rect.top < window.innerHeight
          })
          const drawn =
            figures.length >= ready.minFigures && inView.every((f) => f.querySelector(ready.drawn))
          if (heading && heading !== before && drawn) resolve()
          else if (performance.now() > deadline) {
            const missing = inView
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

/**
 * One run of an action: its time from the click, and the CPU time the page's main thread spent
 * in its tasks meanwhile (Chromium's TaskDuration in thread time: script, style, layout, paint),
 * the app's own work without the waiting; null where the page was reloaded (the counter
 * restarts).
 */
export interface Sample {
  ms: number
  cpu: number | null
}

const sessions = new WeakMap<Page, Promise<CDPSession>>()

async function cpuSeconds(page: Page): Promise<number> {
  let session = sessions.get(page)
  if (!session) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        // CPU time of the page's thread, not wall-clock: a busy machine does not inflate it.
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
        return cdp
      })
    sessions.set(page, session)
  }
  const { metrics } = await (await session).send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN
}

/** Times `action` (it answers its own milliseconds) with the main thread's CPU time around it. */
export async function measured(page: Page, action: () => Promise<number>): Promise<Sample> {
  const before = await cpuSeconds(page)
  const ms = await action()
  const cpu = (await cpuSeconds(page)) - before
  return { ms, cpu: cpu * 1000 }
}

export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** The machine's load and the commit measured, printed with every table. */
export function machineLine(): string {
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2))
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    // Not a checkout: the commit stays unknown.
  }
  return `Load average ${one} / ${five} / ${fifteen} (1 / 5 / 15 min) on commit ${commit}.`
}

/** The median of the CPU times, or a dash where they were not measured. */
function cpuCell(samples: readonly Sample[]): string {
  const cpu = samples.flatMap((s) => (s.cpu === null ? [] : [s.cpu]))
  return cpu.length === samples.length ? `${median(cpu).toFixed(0)} ms` : '—'
}

/**
 * The printed table: median and max per action against its budget, the median's ratio to the
 * calibration (the first row: the same page opened with an empty diary), and the median CPU
 * time of the page's main thread; headed by how the app was loaded, the load and the commit.
 */
export function timingTable(
  title: string,
  results: Record<string, Sample[]>,
  calibration: { row: string; times: Sample[] },
  budget: (row: string) => number = () => ACTION_BUDGET_MS,
): string {
  const ms = (samples: readonly Sample[]) => samples.map((s) => s.ms)
  const base = median(ms(calibration.times))
  const lines = [
    title,
    BENCH_LOADER,
    machineLine(),
    '',
    `| Action | median | max | ratio to calibration | budget (median) | main thread CPU (median) |`,
    `| ------ | ------ | --- | -------------------- | --------------- | ------------------------ |`,
    `| ${calibration.row} (calibration) | ${base.toFixed(0)} ms | ${Math.max(...ms(calibration.times)).toFixed(0)} ms | 1.00× | — | ${cpuCell(calibration.times)} |`,
  ]
  for (const [name, samples] of Object.entries(results)) {
    const m = median(ms(samples))
    const limit = budget(name)
    lines.push(
      `| ${name} | ${m.toFixed(0)} ms | ${Math.max(...ms(samples)).toFixed(0)} ms | ${(m / base).toFixed(2)}× | ${m <= limit ? 'ok' : 'OVER'} (≤ ${limit} ms) | ${cpuCell(samples)} |`,
    )
  }
  return `\n${lines.join('\n')}\n`
}

/** A fresh load of the app, settled as a person would find it, on Today. */
async function freshLoad(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
  // Opening the page: a fresh query (mutations invalidate; here nothing is cached across runs).
  await page.evaluate(() => window.location.reload())
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await settleAfterLoad(page)
}

/**
 * The calibration: `RUNS` times, from a fresh load, opens the page from the navigation with an
 * empty diary and waits until `shown` (its answer for an empty diary) is on screen and painted.
 */
export async function calibrate(
  page: Page,
  { link, shown }: { link: string; shown: string },
): Promise<Sample[]> {
  const times: Sample[] = []
  for (let i = 0; i < RUNS; i++) {
    await freshLoad(page)
    times.push(
      await measured(page, () =>
        page.evaluate(
          async ({ link, shown }) => {
            const target = [...document.querySelectorAll('a')].find(
              (el) => (el.getAttribute('aria-label') ?? el.textContent).trim() === link,
            )
            if (!target) throw new Error(`No link named ${link}`)
            const start = performance.now()
            target.click()
            await new Promise<void>((resolve, reject) => {
              const check = () => {
                if (document.querySelector(shown)) resolve()
                else if (performance.now() - start > 20_000)
                  reject(new Error(`${shown} never showed`))
                else requestAnimationFrame(check)
              }
              check()
            })
            await new Promise((r) => requestAnimationFrame(() => r(null)))
            return performance.now() - start
          },
          { link, shown },
        ),
      ),
    )
  }
  return times
}

/** Runs of each page bench; the tables show their median and max. */
export const RUNS = 7

/**
 * Times one chart page `RUNS` times from a fresh load: open it from the navigation, then switch
 * its range through `switches` ([row name, button]); ends on `last` for the screenshot. Answers
 * the samples per row.
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
): Promise<Record<string, Sample[]>> {
  const results: Record<string, Sample[]> = {}
  const record = async (name: string, action: () => Promise<number>) =>
    (results[name] ??= []).push(await measured(page, action))
  for (let i = 0; i < RUNS; i++) {
    await freshLoad(page)
    await record(open.row, () => timeToCharts(page, { role: 'link', name: open.link }, ready))
    for (const [row, button] of switches) {
      await record(row, () => timeToCharts(page, { role: 'button', name: button }, ready))
    }
  }
  await timeToCharts(page, { role: 'button', name: last }, ready)
  return results
}
