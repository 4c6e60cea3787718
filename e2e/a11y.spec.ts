import type { Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openTempJournal } from '../testing/temp-diary'
import { axeAudit, looseCheckboxesUnfolded, nativeDateInputs } from './harness/audits'
import { expect, loadApp, test } from './harness/fixtures'
import { SCREENSHOT_DIR } from './harness/paths'
import { seedRepresentativeDiary } from './harness/representative-diary'
import { visitEveryScreen } from './harness/screen-states'
import { discoverScreens, mainNav, openMenuIfCollapsed, settle, SIZES } from './harness/screens'

/**
 * Every screen the main navigation lists, in its major states, on an empty and a filled diary,
 * wide, narrow and at 200% zoom. At the wide window each stop gets axe-core's WCAG 2.2 AA rules
 * in light, then its colour rules and the chart-text contrast again in dark. No colour depends
 * on the window's width (the width media queries move things, never recolour them), so the
 * narrow and zoomed walks run every rule but the colour ones, in light: they are what a size can
 * break (names of what collapses, targets, scroll regions). The one stop only they have, the
 * navigation menu open, gets the wide window's full light and dark check. Walking every state is
 * the slow part, so the wide walk also checks what needs every state but not a size of its own:
 * tick boxes beside their labels and no native date inputs (they follow the browser's language,
 * not the person's locale). Each walk is split into PARTS tests by screen, so the suite's two
 * workers share them and no one walk is its tail (docs/testing.md). A new screen is covered by
 * being in the navigation; its extra states go in harness/screen-states.ts. A failure names the
 * screen, the state, the diary, the theme, the size and each rule broken.
 */

const REPORT_DIR = join(SCREENSHOT_DIR, '..', 'axe')
const WIDE = 1280
const PARTS = 2

async function themed(app: Page, theme: 'light' | 'dark'): Promise<void> {
  await app.emulateMedia({ colorScheme: theme })
  await settle(app)
}

// The filled diary's walks are the longest: first, so the two workers finish together.
for (const diary of ['filled', 'empty'] as const) {
  for (const size of SIZES) {
    const wide = size.width === WIDE
    for (let index = 0; index < PARTS; index++) {
      const setting = `${diary} diary, ${size.name}`
      const part = { index, of: PARTS }
      const themes = wide ? 'light and dark' : 'light, every rule but colour'
      test(`axe: every screen, ${setting}, ${themes}, part ${index + 1} of ${PARTS}`, async ({
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
        const check = async (where: string, everyRule = wide) => {
          if (!everyRule) {
            const light = await axeAudit(app, `${where} (${setting}, light)`, 'layout')
            failures.push(...light.lines)
            log.push(`${where}: ${light.lines.length} problems, ${light.passes} axe rules passed`)
            return
          }
          const light = await axeAudit(app, `${where} (${setting}, light)`)
          await themed(app, 'dark')
          const dark = await axeAudit(app, `${where} (${setting}, dark)`, 'colour')
          await themed(app, 'light')
          const found = [
            ...light.lines,
            ...dark.lines,
            ...(wide ? await wideOnly(app, `${where} (${setting})`) : []),
          ]
          failures.push(...found)
          log.push(`${where}: ${found.length} problems, ${light.passes} axe rules passed`)
        }

        const screens = await discoverScreens(app)
        expect(screens.length, 'the main navigation lists no screens').toBeGreaterThan(0)
        if (index === 0 && (await openMenuIfCollapsed(app))) {
          await check('Navigation menu, open', true)
        }

        await visitEveryScreen(app, {
          screens,
          diary,
          setting,
          check: (where) => check(where),
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
      failures.push(
        ...(await axeAudit(page, where, size.width === WIDE ? 'every rule' : 'layout')).lines,
      )
    }
    await page.setViewportSize(SIZES[0] ?? { width: WIDE, height: 900 })
    await page.emulateMedia({ colorScheme: 'dark' })
    failures.push(
      ...(await axeAudit(page, `Journal repair screen (dark, ${SIZES[0]?.name ?? ''})`, 'colour'))
        .lines,
    )
    expect(failures.length, `axe found WCAG 2.2 AA violations:\n${failures.join('\n')}\n`).toBe(0)
  } finally {
    journal.close()
  }
})
