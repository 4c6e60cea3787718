import { writeFileSync } from 'node:fs'
import { openTempJournal } from '../testing/temp-diary'
import { reflowProblems } from './harness/audits'
import { expect, loadApp, screenshot, test } from './harness/fixtures'
import { mainNav, openMenuIfCollapsed, REFLOW } from './harness/screens'

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px of width (a 1280 px window at 400% zoom) nothing scrolls
 * sideways except data tables, and those scroll regions can be reached and scrolled with the
 * keyboard; the 0–10 scales stay on one line or wrap into even rows, never leaving "9 10" alone.
 * Every screen of the main navigation, with its states, on an empty and a filled diary, is
 * checked at 320 px by the zoomed walk of e2e/a11y.spec.ts, which stops at each state once and
 * checks it at every narrow size (docs/testing.md). Here: the collapsed navigation, and the
 * journal repair screen, which is not in the navigation.
 */

test(`reflow at ${REFLOW.name}: the navigation is its Menu button until opened`, async ({
  app,
}) => {
  await app.setViewportSize(REFLOW)
  // Collapsed, the navigation is its Menu button: no link takes room until it is opened.
  await expect(mainNav(app).getByRole('button', { name: 'Menu' })).toBeVisible()
  const navLinks = await mainNav(app).locator('a').all()
  expect(navLinks.length).toBeGreaterThan(0)
  for (const link of navLinks) await expect(link).toBeHidden()
  expect(await openMenuIfCollapsed(app)).toBe(true)
  for (const link of navLinks) await expect(link).toBeVisible()
  expect(await reflowProblems(app, REFLOW.width)).toEqual([])
})

test(`reflow at ${REFLOW.name}: the journal repair screen`, async ({ page }) => {
  const journal = openTempJournal({
    prepare: (file) => writeFileSync(file, 'not a journal at all'),
  })
  try {
    await page.setViewportSize(REFLOW)
    await loadApp(page, journal.ctx)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const problems = await reflowProblems(page, REFLOW.width)
    await screenshot(page, 'reflow/journal-repair')
    expect(
      problems.length,
      `The journal repair screen does not reflow:\n${problems.join('\n')}`,
    ).toBe(0)
  } finally {
    journal.close()
  }
})
