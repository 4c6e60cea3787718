import { expect, type Page } from '@playwright/test'

/**
 * Finding and opening the app's screens the way a person does: through the main navigation,
 * which below about 900 px is behind its menu button. Specs that visit "every screen" ask the
 * navigation for the list, so a new screen is covered without editing them.
 */

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })
const menuButton = (page: Page) => mainNav(page).getByRole('button', { name: 'Menu' })

/** Opens the collapsed navigation if this width collapses it; true when it did. */
export async function openMenuIfCollapsed(page: Page): Promise<boolean> {
  const button = menuButton(page)
  if (!(await button.isVisible())) return false
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
  await expect(button).toHaveAttribute('aria-expanded', 'true')
  return true
}

/** The names of the screens in the main navigation, in order. */
export async function discoverScreens(page: Page): Promise<string[]> {
  const collapsed = await openMenuIfCollapsed(page)
  const names = (await mainNav(page).getByRole('link').allInnerTexts()).map((n) => n.trim())
  if (collapsed) await menuButton(page).click()
  return names
}

/** Opens a screen through the navigation and waits until it has drawn. */
export async function openScreen(page: Page, name: string): Promise<void> {
  await openMenuIfCollapsed(page)
  await mainNav(page).getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await settle(page)
}

/**
 * Waits until the screen has stopped loading: no "Loading…"/"Preparing…" messages, lazily
 * loaded chart code in, every chart drawn (those outside the window are drawn when the page is
 * idle: their plot is `aria-busy` until then), and two frames for recharts to measure and draw.
 */
export async function settle(page: Page): Promise<void> {
  await expect(page.getByText(/^(Loading|Preparing)\b/)).toHaveCount(0)
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  )
}

export interface Size {
  /** How failures and screenshots name it. */
  name: string
  width: number
  height: number
}

export const WIDE: Size = { name: '1280×900', width: 1280, height: 900 }
export const NARROW: Size = { name: '720×560', width: 720, height: 560 }
/** The wide window with half the CSS pixels: what the page lays out at, zoomed in twice. */
export const ZOOMED: Size = { name: '1280×900 at 200% zoom', width: 640, height: 450 }
/** WCAG 1.4.10 Reflow: a 1280 px window at 400% zoom. */
export const REFLOW: Size = { name: '320 px', width: 320, height: 640 }

/** The window sizes every screen must work at (reflow's 320 px aside). */
export const SIZES: readonly Size[] = [WIDE, NARROW, ZOOMED]

/** The in-app links on the screen (`#/route`), to find screens the navigation does not list. */
export async function inAppLinks(page: Page): Promise<string[]> {
  return page
    .locator('main a[href^="#/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
}

/**
 * Opens a screen reached only by a link (the welcome, from Settings) and answers its heading,
 * or null when the hash is one of the navigation's screens.
 */
export async function openLinkedScreen(
  page: Page,
  href: string,
  navScreens: readonly string[],
): Promise<string | null> {
  const navHrefs = await mainNav(page)
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  if (navHrefs.includes(href) || navScreens.length === 0) return null
  await page.evaluate((hash) => {
    window.location.hash = hash
  }, href)
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toBeVisible()
  await settle(page)
  return (await heading.innerText()).trim()
}
