import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * What the every-screen walks check at each screen and state: axe-core's WCAG 2.2 AA rules,
 * contrast of chart text, reflow, tick boxes beside their labels and no native date inputs.
 * Each returns one line per problem, so a walk reports everything it found at once.
 */

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
/**
 * The rules whose result can change with the colour scheme: a dark pass runs only these. They
 * are also most of axe's time (color-contrast measures every text's background), so the narrow
 * walks, which cannot change a colour, run every rule but these (docs/testing.md).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']
/**
 * The layout rules whose result can change between two widths of one media-query band, where
 * the DOM and every style are the same and only sizes differ: a target's size and spacing, and
 * whether a region overflows and so must be reachable by keyboard.
 */
const GEOMETRY_RULES = ['target-size', 'scrollable-region-focusable']

/** The axe-core that @axe-core/playwright itself loads: resolved from it, so one version. */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
)

/**
 * Puts axe-core in the page once per document. AxeBuilder evaluates its half-megabyte source
 * twice on every audit (about 0.45 s of a 0.7–0.9 s audit on the 2-core machine); the walks
 * audit one document dozens of times, so the builder is given an empty source instead and finds
 * axe already there.
 */
async function axeInPage(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
}

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

/**
 * axe-core's WCAG 2.2 AA rules on the page as it is: every rule, only the colour rules, every
 * rule but the colour rules ('layout'), or only the rules that depend on sizes ('geometry').
 * Chart text contrast is measured with the colour rules.
 */
export async function axeAudit(
  page: Page,
  where: string,
  only: 'every rule' | 'colour' | 'layout' | 'geometry' = 'every rule',
): Promise<{ lines: string[]; passes: number }> {
  // Legacy mode runs axe.run() in the page. The default runs axe per frame and then finishes in
  // a new blank page it opens and loads axe into, on every call: half of an audit's time, for
  // frames this app does not have (its CSP allows none). Same rules, same results.
  // Only violations get a CSS selector for each node: axe's selectors for every passing node
  // were most of its tail on a full screen. Passed rules are still listed (a node each).
  await axeInPage(page)
  const axe = new AxeBuilder({ page, axeSource: ';' })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
  const result = await (
    only === 'colour'
      ? axe.withRules(COLOUR_RULES)
      : only === 'geometry'
        ? axe.withRules(GEOMETRY_RULES)
        : only === 'layout'
          ? axe.withTags(WCAG_22_AA).disableRules(COLOUR_RULES)
          : axe.withTags(WCAG_22_AA)
  ).analyze()
  const svgText = only === 'layout' || only === 'geometry' ? [] : await svgTextContrast(page)
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
export async function reflowProblems(page: Page, width: number): Promise<string[]> {
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
    }, width)
    .then(async (problems) => [...problems, ...(await looseCheckboxes(page))])
}

/**
 * The browser's own date and time inputs follow the browser's language, not the person's
 * locale: screens use DateField, DateTimeField or TimeField from components/form/DateField.tsx.
 */
export async function nativeDateInputs(page: Page): Promise<string[]> {
  const native = await page
    .locator('input[type="date"], input[type="time"], input[type="datetime-local"]')
    .count()
  return native === 0
    ? []
    : [
        `${native} native date/time input(s) — they follow the browser’s language, not the ` +
          'person’s locale; use DateField, DateTimeField or TimeField',
      ]
}

/** Tick boxes checked with every folded `<details>` open, then folded again as they were. */
export async function looseCheckboxesUnfolded(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details:not([open])')) {
      d.setAttribute('data-audit-unfolded', '')
      ;(d as HTMLDetailsElement).open = true
    }
  })
  const problems = await looseCheckboxes(page)
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details[data-audit-unfolded]')) {
      d.removeAttribute('data-audit-unfolded')
      ;(d as HTMLDetailsElement).open = false
    }
  })
  return problems
}
