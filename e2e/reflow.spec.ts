import type { Page } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { openTempJournal } from '../testing/temp-diary'
import { expect, loadApp, screenshot, test } from './harness/fixtures'
import { seedRepresentativeDiary } from './harness/representative-diary'
import { visitEveryScreen } from './harness/screen-states'
import { discoverScreens, mainNav, openMenuIfCollapsed } from './harness/screens'

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px of width (a 1280 px window at 400% zoom) nothing scrolls
 * sideways except data tables, and those scroll regions can be reached and scrolled with the
 * keyboard. Every screen of the main navigation, with its states, on an empty and a filled diary.
 * The 0–10 scales stay on one line or wrap into even rows, never leaving "9 10" alone.
 */

const WIDTH = 320

/** Tick boxes whose label starts below the box instead of beside it: one line per problem. */
async function looseCheckboxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    for (const box of document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const b = box.getBoundingClientRect()
      if (b.width === 0 || b.height === 0) continue
      const label =
        box.closest('label') ?? (box.id ? document.querySelector(`label[for="${box.id}"]`) : null)
      if (!label) continue
      // The label's first line: its first text's box, not the label's (which may hold the box).
      const range = document.createRange()
      range.selectNodeContents(label)
      const first = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0)
      if (!first) continue
      if (first.top >= b.bottom - 1) {
        const text = label.textContent.trim().replace(/\s+/g, ' ').slice(0, 50)
        problems.push(`the label "${text}" starts below its tick box`)
      }
    }
    return problems
  })
}

/** What is wrong with the layout as it is now: one line per problem, empty when none. */
async function reflowProblems(page: Page): Promise<string[]> {
  return page
    .evaluate((width) => {
      const problems: string[] = []
      const root = document.documentElement
      if (root.scrollWidth > root.clientWidth) {
        problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${width} px`)
      }
      const describe = (el: Element) => {
        const id = el.id ? `#${el.id}` : ''
        const cls =
          typeof el.className === 'string' && el.className
            ? `.${el.className.trim().split(/\s+/).join('.')}`
            : ''
        const text = el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)
        return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`
      }
      const scrollers = new Set<Element>()
      for (const el of document.querySelectorAll('body *')) {
        const style = getComputedStyle(el)
        if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
          scrollers.add(el)
          const named = el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby')
          const focusable = (el as HTMLElement).tabIndex >= 0
          if (!el.querySelector('table')) {
            problems.push(`${describe(el)} scrolls sideways and holds no data table`)
          } else if (!focusable || !named) {
            problems.push(
              `${describe(el)} is a table scroll region the keyboard cannot reach (needs tabindex="0" and a name)`,
            )
          }
        }
      }
      // Content past the right edge (hidden overflow would not scroll, but it is lost): the
      // outermost element that does not fit, since everything inside it follows.
      const pastEdge = (el: Element | null) =>
        el !== null && el.getBoundingClientRect().right > width + 1
      for (const el of document.querySelectorAll('main *, nav *')) {
        const rect = el.getBoundingClientRect()
        if (rect.width === 0 || rect.height === 0 || !pastEdge(el) || pastEdge(el.parentElement)) {
          continue
        }
        if ([...scrollers].some((s) => s.contains(el))) continue
        if (el.closest('.visually-hidden, .skip-link, .timer-dock--idle')) continue
        problems.push(
          `${describe(el)} reaches ${Math.round(rect.right)} px, past the ${width} px edge`,
        )
      }
      // A 0–10 scale on one row, or rows that differ by at most one option.
      for (const scale of document.querySelectorAll('.scale__options')) {
        const tops = new Map<number, number>()
        for (const option of scale.children) {
          const top = Math.round(option.getBoundingClientRect().top)
          tops.set(top, (tops.get(top) ?? 0) + 1)
        }
        const rows = [...tops.values()]
        if (rows.length > 1 && Math.max(...rows) - Math.min(...rows) > 1) {
          const legend =
            scale.closest('fieldset')?.querySelector('legend')?.textContent ?? 'a scale'
          problems.push(
            `the scale "${legend}" breaks into uneven rows: ${rows.join(' + ')} options`,
          )
        }
      }
      return problems
    }, WIDTH)
    .then(async (problems) => [...problems, ...(await looseCheckboxes(page))])
}

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
      const problems = await reflowProblems(app)
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

test('tick boxes and their labels share a line at 1280 px: every screen, filled diary', async ({
  app,
  diary: journal,
}) => {
  test.setTimeout(300_000)
  seedRepresentativeDiary(journal)
  await app.setViewportSize({ width: 1280, height: 800 })
  await app.reload()
  await expect(mainNav(app)).toBeVisible()
  const failures: string[] = []
  const check = async (where: string) => {
    // Every details list open, so the boxes inside them are laid out too.
    await app.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true
    })
    failures.push(...(await looseCheckboxes(app)).map((p) => `${where} (1280 px): ${p}`))
  }
  const screens = await discoverScreens(app)
  await visitEveryScreen(app, { screens, diary: 'filled', setting: '1280 px', check, failures })
  expect(failures.length, `Loose tick boxes:\n${failures.join('\n')}\n`).toBe(0)
})

test(`reflow at ${WIDTH} px: the journal repair screen`, async ({ page }) => {
  const journal = openTempJournal({
    prepare: (file) => writeFileSync(file, 'not a journal at all'),
  })
  try {
    await page.setViewportSize({ width: WIDTH, height: 640 })
    await loadApp(page, journal.ctx)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const problems = await reflowProblems(page)
    await screenshot(page, 'reflow/journal-repair')
    expect(
      problems.length,
      `The journal repair screen does not reflow:\n${problems.join('\n')}`,
    ).toBe(0)
  } finally {
    journal.close()
  }
})
