import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openTempJournal } from '../testing/temp-diary'
import { expect, loadApp, test } from './harness/fixtures'
import { SCREENSHOT_DIR } from './harness/paths'
import { seedRepresentativeDiary } from './harness/representative-diary'
import { visitEveryScreen } from './harness/screen-states'
import { discoverScreens, mainNav, openMenuIfCollapsed, SIZES } from './harness/screens'

/**
 * axe-core with the WCAG 2.2 AA rules on every screen the main navigation lists, in its major
 * states, on an empty and a filled diary, light and dark, wide, narrow and at 200% zoom. A new
 * screen is covered by being in the navigation; its extra states go in harness/screen-states.ts.
 * A failure names the screen, the state, the diary, the theme, the size and each rule broken.
 */

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const REPORT_DIR = join(SCREENSHOT_DIR, '..', 'axe')

/**
 * axe does not measure text inside SVG, so chart axes and labels are measured here: each
 * visible text's fill against the card behind it (and, for the episode label, the shaded band
 * under it) must reach 4.5:1 (WCAG 1.4.3).
 */
async function svgTextContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (css: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number)
      return { r, g, b, a: css.startsWith('rgba') ? a : 1 }
    }
    type Rgba = ReturnType<typeof rgba>
    const over = (top: Rgba, alpha: number, under: Rgba): Rgba => ({
      r: top.r * alpha + under.r * (1 - alpha),
      g: top.g * alpha + under.g * (1 - alpha),
      b: top.b * alpha + under.b * (1 - alpha),
      a: 1,
    })
    const lum = ({ r, g, b }: Rgba) => {
      const lin = (v: number) => {
        const c = v / 255
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
      return (hi + 0.05) / (lo + 0.05)
    }
    const background = (el: Element | null): Rgba => {
      for (let node = el; node; node = node.parentElement) {
        const bg = rgba(getComputedStyle(node).backgroundColor)
        if (bg.a > 0) return bg
      }
      return { r: 255, g: 255, b: 255, a: 1 }
    }
    const problems = new Set<string>()
    for (const text of document.querySelectorAll<SVGTextElement>('main svg text')) {
      const box = text.getBoundingClientRect()
      if (box.width === 0 || !text.textContent.trim()) continue
      const svg = text.closest('svg')
      let behind = background(svg?.parentElement ?? null)
      if (text.classList.contains('episode-band__label')) {
        const band = svg?.querySelector('.episode-band path, .episode-band rect')
        if (band) {
          const style = getComputedStyle(band)
          behind = over(rgba(style.fill), Number(style.fillOpacity), behind)
        }
      }
      const value = ratio(rgba(getComputedStyle(text).fill), behind)
      if (value < 4.5) {
        problems.add(
          `chart text "${text.textContent.trim()}" is ${value.toFixed(2)}:1 on its background (needs 4.5:1)`,
        )
      }
    }
    return [...problems]
  })
}

async function audit(page: Page, where: string): Promise<{ lines: string[]; passes: number }> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  const svgText = await svgTextContrast(page)
  const lines = result.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 6)
      .map((n) => `      at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
    const more = v.nodes.length > 6 ? [`      … and ${v.nodes.length - 6} more`] : []
    return [`${where}: ${v.id} (${v.impact ?? 'n/a'}) — ${v.help}`, ...nodes, ...more].join('\n')
  })
  if (svgText.length > 0) {
    lines.push(
      [`${where}: svg-text-contrast — chart text must reach 4.5:1`, ...svgText.slice(0, 6)].join(
        '\n      ',
      ),
    )
  }
  return { lines, passes: result.passes.length }
}

for (const diary of ['empty', 'filled'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      const setting = `${diary} diary, ${theme}, ${size.name}`
      test(`axe: every screen, ${setting}`, async ({ app, diary: journal }, testInfo) => {
        // Every screen and state in one test: minutes on a busy machine, not one.
        test.setTimeout(300_000)
        if (diary === 'filled') seedRepresentativeDiary(journal)
        await app.setViewportSize(size)
        await app.emulateMedia({ colorScheme: theme })
        await app.reload()
        await expect(mainNav(app)).toBeVisible()

        const failures: string[] = []
        const log: string[] = []
        const check = async (where: string) => {
          const { lines, passes } = await audit(app, `${where} (${setting})`)
          failures.push(...lines)
          log.push(`${where}: ${lines.length} violations, ${passes} rules passed`)
        }

        const screens = await discoverScreens(app)
        expect(screens.length, 'the main navigation lists no screens').toBeGreaterThan(0)
        if (await openMenuIfCollapsed(app)) await check('Navigation menu, open')

        await visitEveryScreen(app, { screens, diary, setting, check, failures })

        mkdirSync(REPORT_DIR, { recursive: true })
        const report = join(REPORT_DIR, `${diary}-${theme}-${size.width}x${size.height}.txt`)
        writeFileSync(report, `${setting}\n${log.join('\n')}\n`)
        await testInfo.attach('axe screen-states', { path: report })
        expect(failures.length, `axe found WCAG 2.2 AA violations:\n${failures.join('\n')}\n`).toBe(
          0,
        )
      })
    }
  }
}

/** Not in the navigation: the screen a journal that cannot be opened gets instead of the app. */
test('axe: the journal repair screen, light and dark, every size', async ({ page }) => {
  test.setTimeout(180_000)
  const journal = openTempJournal({
    prepare: (file) => writeFileSync(file, 'not a journal at all'),
  })
  try {
    await loadApp(page, journal.ctx)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const failures: string[] = []
    for (const theme of ['light', 'dark'] as const) {
      for (const size of SIZES) {
        await page.setViewportSize(size)
        await page.emulateMedia({ colorScheme: theme })
        failures.push(
          ...(await audit(page, `Journal repair screen (${theme}, ${size.name})`)).lines,
        )
      }
    }
    expect(failures.length, `axe found WCAG 2.2 AA violations:\n${failures.join('\n')}\n`).toBe(0)
  } finally {
    journal.close()
  }
})
