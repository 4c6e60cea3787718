import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { dispatch } from '../../src/main/ipc/dispatch'
import { handlers } from '../../src/main/ipc/handlers'
import { senderFromOrigins } from '../../src/main/ipc/register'
import type { HandlerContext } from '../../src/main/ipc/handler'
import { serveAppFile } from '../../src/main/protocol'
import { applyDisplaySettings } from '../../src/main/settings/display-settings'
import { setDisplayLocale } from '../../src/shared/format'
import { openTempDiary, type TempDiary } from '../../testing/temp-diary'
import { saveSettings } from '../../src/main/settings/settings.repo'
import { events, type AppEvent, type EventPayload } from '../../src/shared/contract/events'
import { BRIDGE_FILE, RENDERER_DIR, SCREENSHOT_DIR, SCREENSHOTS } from './paths'

/** The page's origin in the harness; in the app it is app://unknot. */
export const ORIGIN = 'http://unknot.test'
const isTrustedSender = senderFromOrigins([ORIGIN])

interface Options {
  /**
   * An empty journal shows the welcome first. Specs start past it (as if it had been skipped)
   * unless they set `test.use({ firstRun: true })`.
   */
  firstRun: boolean
  /**
   * The page's clock, today at this local [hours, minutes], installed before the app loads (main's
   * clock stays real). What Today shows depends on the hour (the evening check-in is due from
   * 14:00), so a spec about one of them says which; unset, the page has the real time.
   */
  timeOfDay: readonly [hours: number, minutes: number] | undefined
}

interface Fixtures {
  /** A real journal file in a temp folder, opened by the real openDatabase and migrations. */
  diary: TempDiary
  /** The built renderer with window.journal bound to the real main handlers on `diary`. */
  app: Page
  /** Requests the page tried to send anywhere but the app's own origin. */
  offsiteRequests: string[]
}

export const test = base.extend<Fixtures & Options>({
  firstRun: [false, { option: true }],
  timeOfDay: [undefined, { option: true }],
  diary: async ({ firstRun }, use) => {
    const diary = openTempDiary()
    if (!firstRun) saveSettings(diary.db, { welcomeDone: true })
    await use(diary)
    diary.close()
  },
  offsiteRequests: async ({ page }, use) => {
    const offsite: string[] = []
    await page.context().route(
      (url) => url.origin !== ORIGIN,
      async (route) => {
        offsite.push(route.request().url())
        await route.abort('blockedbyclient')
      },
    )
    await use(offsite)
  },
  app: async ({ page, diary, offsiteRequests, locale, timeOfDay }, use) => {
    // Main's side of the harness runs in this process: its sentences, and what app:info tells
    // the window, follow the page's locale (Playwright's `locale` option) as the system's would.
    diary.ctx.app.locale = setDisplayLocale(locale ?? 'en-GB')
    diary.ctx.app.systemLanguages = [diary.ctx.app.locale]
    applyDisplaySettings(diary.ctx, diary.ctx.app.locale)
    if (timeOfDay) {
      const [hours, minutes] = timeOfDay
      const now = new Date()
      await page.clock.install({
        time: new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes),
      })
    }
    await loadApp(page, diary.ctx)
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    // Depending on offsiteRequests installed its blocker before the page loaded.
    expect(offsiteRequests, 'the app loaded something from outside').toEqual([])
    await use(page)
  },
})

/**
 * Loads the built renderer in `page` with window.journal bound to the real handlers on `ctx`:
 * the `app` fixture's diary, or a journal that could not be opened (the journal repair screen).
 */
export async function loadApp(page: Page, ctx: HandlerContext): Promise<void> {
  // Serve the shipped files through the app protocol's own handler (CSP header included).
  await page.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url())
    const response = await serveAppFile(RENDERER_DIR, new Request(`app://unknot${pathname}`))
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    })
  })
  // Only Electron's IPC pipe is swapped: same sender check, same dispatch, same handlers.
  await page.exposeBinding('__unknotInvoke', (source, channel: unknown, input: unknown) => {
    const frame = source.frame
    const event = { senderFrame: { url: frame.url(), parent: frame.parentFrame() } }
    if (!isTrustedSender(event as never)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'This page may not use the journal.' },
      }
    }
    return dispatch(handlers, ctx, channel, input)
  })
  await page.addInitScript({ path: BRIDGE_FILE })
  await page.goto(`${ORIGIN}/index.html`)
}

export { expect }

/**
 * Saves a picture of `target` (a page or a part of it) as test-results/screenshots/`name`.png;
 * `viewport` keeps a page's picture to what the window shows instead of the whole page.
 */
export async function screenshot(
  target: Page | Locator,
  name: string,
  { viewport = false }: { viewport?: boolean } = {},
): Promise<void> {
  if (!SCREENSHOTS) return
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  mkdirSync(dirname(path), { recursive: true })
  // A chart below the window is drawn when the page is next idle (usePlot): a picture of the
  // whole page waits for every waiting plot, or shows them empty.
  if ('goto' in target && !viewport) {
    await expect(target.locator('main [aria-busy="true"]')).toHaveCount(0)
  }
  await ('goto' in target
    ? target.screenshot({ path, fullPage: !viewport })
    : target.screenshot({ path }))
}

/**
 * Saves the screen as it is now in dark and in light, named by `name(theme)`, and leaves it in
 * light. The dark theme only swaps colour tokens (no layout, no behaviour), so a test runs its
 * steps once, in light, and shoots both themes where it wants pictures. With pictures off it
 * leaves the theme alone: switching it is only for the picture.
 */
export async function screenshotBothThemes(
  page: Page,
  name: (theme: 'light' | 'dark') => string,
): Promise<void> {
  if (!SCREENSHOTS) return
  for (const theme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    await screenshot(page, name(theme))
  }
}

/** Sends one of main's events to the page, checked against its schema as main's sendEvent does. */
export async function emitEvent<E extends AppEvent>(
  page: Page,
  event: E,
  payload: EventPayload<E>,
): Promise<void> {
  const parsed = events[event].parse(payload)
  await page.evaluate(([name, body]) => window.__unknotEmit(name, body), [event, parsed] as const)
}
