import type { Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openTempJournal } from '../testing/temp-diary'
import {
  axeAudit,
  looseCheckboxesUnfolded,
  nativeDateInputs,
  reflowProblems,
} from './harness/audits'
import { expect, loadApp, screenshot, test } from './harness/fixtures'
import { SCREENSHOT_DIR } from './harness/paths'
import { seedRepresentativeDiary } from './harness/representative-diary'
import { visitEveryScreen } from './harness/screen-states'
import {
  discoverScreens,
  mainNav,
  NARROW,
  openMenuIfCollapsed,
  REFLOW,
  settle,
  SIZES,
  WIDE,
  ZOOMED,
  type Size,
} from './harness/screens'

/**
 * Every screen the main navigation lists, in its major states, on an empty and a filled diary,
 * wide, at 200% zoom, 720×560 and 320 px. Walking every state is the slow part, so each diary
 * has two walks, and each stop is checked at every size it stands for (docs/testing.md):
 * - The wide walk (1280×900): axe-core's WCAG 2.2 AA rules in light, then its colour rules and
 *   the chart-text contrast again in dark, tick boxes beside their labels and no native date
 *   inputs (they follow the browser's language, not the person's locale).
 * - The zoomed walk (640×450, the wide window at 200% zoom): every rule but the colour ones, in
 *   light (no colour depends on the window's width: the width media queries move things, never
 *   recolour them). Then the same stop at 720×560: the same media-query band (480–760 px), so
 *   the same DOM and styles, and only sizes can differ; axe's size rules (target size, scroll
 *   regions) run there. Then at 320 px, WCAG 1.4.10 Reflow: nothing scrolls sideways but data
 *   tables in focusable regions, 0–10 scales in even rows, tick boxes beside their labels; the
 *   filled diary's stops are saved in test-results/screenshots/reflow/. The one stop only a
 *   narrow window has, the navigation menu open, gets the wide walk's light and dark check too.
 * Each walk is split into PARTS tests by screen, so the suite's two workers share them and no
 * one walk is its tail. A new screen is covered by being in the navigation; its extra states go
 * in harness/screen-states.ts. A failure names the screen, the state, the diary, the theme, the
 * size and each rule broken.
 */

const REPORT_DIR = join(SCREENSHOT_DIR, '..', 'axe')
const PARTS = 2

async function themed(app: Page, theme: 'light' | 'dark'): Promise<void> {
  await app.emulateMedia({ colorScheme: theme })
  await settle(app)
}

async function resized(app: Page, size: Size): Promise<void> {
  await app.setViewportSize(size)
  await settle(app)
}

// The filled diary's walks are the longest: first, so the two workers finish together.
for (const diary of ['filled', 'empty'] as const) {
  for (const size of [WIDE, ZOOMED]) {
    const wide = size === WIDE
    for (let index = 0; index < PARTS; index++) {
      const setting = `${diary} diary, ${size.name}`
      const part = { index, of: PARTS }
      const what = wide
        ? `${size.name}, light and dark`
        : `${size.name} and ${NARROW.name}, light, every rule but colour; reflow at ${REFLOW.name}`
      test(`axe: every screen, ${diary} diary, ${what}, part ${index + 1} of ${PARTS}`, async ({
        app,
        diary: journal,
      }, testInfo) => {
        // Half of every screen and state in one test: minutes on a busy machine, not one.
        test.setTimeout(420_000)
        if (diary === 'filled') seedRepresentativeDiary(journal)
        await app.setViewportSize(size)
        await app.emulateMedia({ colorScheme: 'light' })
        await app.reload()
        await expect(mainNav(app)).toBeVisible()

        const failures: string[] = []
        const log: string[] = []
        const check = async (where: string, slug: string, everyRule = wide) => {
          const light = await axeAudit(
            app,
            `${where} (${setting}, light)`,
            everyRule ? 'every rule' : 'layout',
          )
          const found = [...light.lines]
          if (everyRule) {
            await themed(app, 'dark')
            found.push(...(await axeAudit(app, `${where} (${setting}, dark)`, 'colour')).lines)
            await themed(app, 'light')
          }
          if (wide) found.push(...(await wideOnly(app, `${where} (${setting})`)))
          else found.push(...(await smaller(app, where, slug, diary)))
          failures.push(...found)
          log.push(`${where}: ${found.length} problems, ${light.passes} axe rules passed`)
        }

        const screens = await discoverScreens(app)
        expect(screens.length, 'the main navigation lists no screens').toBeGreaterThan(0)
        if (index === 0 && (await openMenuIfCollapsed(app))) {
          await check('Navigation menu, open', 'menu-open', true)
        }

        await visitEveryScreen(app, {
          screens,
          diary,
          setting,
          check: (where, slug) => check(where, slug),
          failures,
          part,
        })

        mkdirSync(REPORT_DIR, { recursive: true })
        const report = join(
          REPORT_DIR,
          `${diary}-${size.width}x${size.height}-part${index + 1}.txt`,
        )
        writeFileSync(report, `${setting}, part ${index + 1} of ${PARTS}\n${log.join('\n')}\n`)
        await testInfo.attach('axe screen-states', { path: report })
        expect(failures.length, `Problems on screens:\n${failures.join('\n')}\n`).toBe(0)
      })
    }
  }
}

/**
 * The zoomed walk's stop at the sizes it stands for: axe's size rules at 720×560, reflow at
 * 320 px (with a screenshot on the filled diary), then back to 200% zoom for the walk.
 */
async function smaller(app: Page, where: string, slug: string, diary: string): Promise<string[]> {
  await resized(app, NARROW)
  const narrow = await axeAudit(app, `${where} (${diary} diary, ${NARROW.name}, light)`, 'geometry')
  await resized(app, REFLOW)
  const reflow = (await reflowProblems(app, REFLOW.width)).map(
    (p) => `${where} (${diary} diary, ${REFLOW.name}): ${p}`,
  )
  if (diary === 'filled') await screenshot(app, `reflow/${slug}`)
  await resized(app, ZOOMED)
  return [...narrow.lines, ...reflow]
}

/** Checks that need every state once, at the wide window. */
async function wideOnly(app: Page, where: string): Promise<string[]> {
  return [...(await looseCheckboxesUnfolded(app)), ...(await nativeDateInputs(app))].map(
    (p) => `${where}: ${p}`,
  )
}

/**
 * Not in the navigation: the screen a journal that cannot be opened gets instead of the app.
 * Every rule in light at every size, the colour rules in dark at the wide window, as the walks.
 */
test('axe: the journal repair screen, light and dark, every size', async ({ page }) => {
  test.setTimeout(180_000)
  const journal = openTempJournal({
    prepare: (file) => writeFileSync(file, 'not a journal at all'),
  })
  try {
    await loadApp(page, journal.ctx)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const failures: string[] = []
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: 'light' })
      const where = `Journal repair screen (light, ${size.name})`
      failures.push(...(await axeAudit(page, where, size === WIDE ? 'every rule' : 'layout')).lines)
    }
    await page.setViewportSize(WIDE)
    await page.emulateMedia({ colorScheme: 'dark' })
    failures.push(
      ...(await axeAudit(page, `Journal repair screen (dark, ${WIDE.name})`, 'colour')).lines,
    )
    expect(failures.length, `axe found WCAG 2.2 AA violations:\n${failures.join('\n')}\n`).toBe(0)
  } finally {
    journal.close()
  }
})
