import { writeFileSync } from 'node:fs'
import { openTempJournal } from '../testing/temp-diary'
import { reflowProblems } from './harness/audits'
import { expect, loadApp, screenshot, test } from './harness/fixtures'
import { seedRepresentativeDiary } from './harness/representative-diary'
import { visitEveryScreen } from './harness/screen-states'
import { discoverScreens, mainNav, openMenuIfCollapsed } from './harness/screens'

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px of width (a 1280 px window at 400% zoom) nothing scrolls
 * sideways except data tables, and those scroll regions can be reached and scrolled with the
 * keyboard. Every screen of the main navigation, with its states, on an empty and a filled diary.
 * The 0–10 scales stay on one line or wrap into even rows, never leaving "9 10" alone. (Tick
 * boxes beside their labels at the wide window are checked by the accessibility walk.)
 */

const WIDTH = 320

for (const diary of ['empty', 'filled'] as const) {
  test(`reflow at ${WIDTH} px: every screen, ${diary} diary`, async ({ app, diary: journal }) => {
    // Every screen and state in one test: minutes on a busy machine, not one.
    test.setTimeout(300_000)
    if (diary === 'filled') seedRepresentativeDiary(journal)
    await app.setViewportSize({ width: WIDTH, height: 640 })
    await app.reload()
    await expect(mainNav(app)).toBeVisible()
    const failures: string[] = []
    const check = async (where: string, shot: string) => {
      const problems = await reflowProblems(app, WIDTH)
      failures.push(...problems.map((p) => `${where} (${diary} diary, ${WIDTH} px): ${p}`))
      if (diary === 'filled') await screenshot(app, `reflow/${shot}`)
    }

    // Collapsed, the navigation is its Menu button: no link takes room until it is opened.
    await expect(mainNav(app).getByRole('button', { name: 'Menu' })).toBeVisible()
    const navLinks = await mainNav(app).locator('a').all()
    expect(navLinks.length).toBeGreaterThan(0)
    for (const link of navLinks) await expect(link).toBeHidden()
    const screens = await discoverScreens(app)
    expect(screens.length, 'the main navigation lists no screens').toBeGreaterThan(0)
    await openMenuIfCollapsed(app)
    await check('Navigation menu, open', 'menu-open')

    await visitEveryScreen(app, { screens, diary, setting: `${diary} diary`, check, failures })
    expect(
      failures.length,
      `Layout does not reflow at ${WIDTH} px:\n${failures.join('\n')}\n`,
    ).toBe(0)
  })
}

test(`reflow at ${WIDTH} px: the journal repair screen`, async ({ page }) => {
  const journal = openTempJournal({
    prepare: (file) => writeFileSync(file, 'not a journal at all'),
  })
  try {
    await page.setViewportSize({ width: WIDTH, height: 640 })
    await loadApp(page, journal.ctx)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const problems = await reflowProblems(page, WIDTH)
    await screenshot(page, 'reflow/journal-repair')
    expect(
      problems.length,
      `The journal repair screen does not reflow:\n${problems.join('\n')}`,
    ).toBe(0)
  } finally {
    journal.close()
  }
})
