import { expect, type Page } from '@playwright/test'
import { inAppLinks, openLinkedScreen, openScreen, settle } from './screens'

/**
 * The states of a screen worth checking beyond the screen as it opens (a refused save, an
 * entry being edited, charts shown as tables), shared by the accessibility and reflow specs.
 * Keyed by the screen's name in the navigation: a new screen with states adds its line here.
 */

export type Diary = 'empty' | 'filled'

export interface State {
  name: string
  /** Only on a diary that has what the state needs (an entry to edit, an episode to open). */
  diary?: Diary
  /** Whether this screen has the state at all (default: it must). */
  applies?: (page: Page) => Promise<boolean>
  /** Brings the screen into the state; it is reopened fresh afterwards. */
  enter: (page: Page) => Promise<void>
}

/** The states worth auditing beyond a screen as it opens, by the screen's name in the nav. */
/** Every chart shown as its table: the alternative must be as clean as the chart. */
export const chartsAsTables: State = {
  name: 'charts shown as tables',
  applies: async (page) => (await page.getByRole('button', { name: 'Show as table' }).count()) > 0,
  enter: async (page) => {
    const toggles = page.getByRole('button', { name: 'Show as table' })
    for (let n = await toggles.count(); n > 0; n--) await toggles.first().click()
    await expect(page.getByRole('button', { name: 'Show as chart' }).first()).toBeVisible()
  },
}

/** The representative diary's ongoing episode, which has check-ins and so a chart. */
async function openEpisode(page: Page) {
  await page.getByRole('button', { name: /^Open mid back episode/ }).click()
  await expect(page.getByRole('region', { name: /episode ·/ })).toBeVisible()
  await settle(page)
}

/** Opens every folded line of Today's "Also today" list. */
async function openAlsoToday(page: Page): Promise<void> {
  const lines = page
    .getByRole('region', { name: 'Also today' })
    .locator('.more-line__toggle[aria-expanded="false"]')
  for (let n = await lines.count(); n > 0; n--) await lines.first().click()
  await expect(lines).toHaveCount(0)
}

export const STATES: Record<string, State[]> = {
  Today: [
    {
      name: 'a refused check-in save',
      enter: async (page) => {
        const save = page.getByRole('button', { name: /^Save (morning|evening) check-in$/ })
        // With the due check-in saved, the other one waits, folded, under "Also today".
        if ((await save.count()) === 0) await openAlsoToday(page)
        await save.first().click()
        await expect(page.getByRole('alert').first()).toBeVisible()
      },
    },
    {
      name: 'Spasm now: its form open, warning signs open',
      enter: async (page) => {
        await page.getByRole('button', { name: 'Spasm now' }).click()
        const form = page.getByRole('form', { name: 'Spasm now' })
        await form.getByText('Warning signs').click()
        await expect(form.getByRole('checkbox').first()).toBeVisible()
      },
    },
    {
      // Saves an episode in the upper back: the representative diary's ongoing one is mid back.
      name: 'a spasm just saved: its onset checklist',
      enter: async (page) => {
        await page.getByRole('button', { name: 'Spasm now' }).click()
        const form = page.getByRole('form', { name: 'Spasm now' })
        await form.getByRole('radio', { name: 'Upper back' }).check()
        for (const legend of ['Pain right now', 'Stiffness right now']) {
          await form.getByRole('group', { name: legend }).getByRole('radio').nth(5).check()
        }
        await form
          .getByRole('group', { name: 'Spasms: how often since the last check-in, and how severe' })
          .getByRole('radio')
          .first()
          .check()
        await form.getByRole('button', { name: /save pain/ }).click()
        await expect(
          page.getByRole('form', { name: /^Before the .* episode started$/ }),
        ).toBeVisible()
      },
    },
    {
      name: 'every line of "Also today" open',
      enter: openAlsoToday,
    },
  ],
  Journal: [
    {
      name: 'editing an entry',
      diary: 'filled',
      enter: async (page) => {
        await page.getByRole('article').first().getByRole('button', { name: /^Edit/ }).click()
        await expect(page.getByRole('form').first()).toBeVisible()
      },
    },
  ],
  Episodes: [
    {
      name: 'the start form',
      enter: async (page) => {
        await page.getByRole('button', { name: 'Start a new episode' }).click()
        await expect(page.getByRole('form', { name: 'Start episode' })).toBeVisible()
      },
    },
    {
      name: 'an episode open',
      diary: 'filled',
      enter: openEpisode,
    },
    {
      name: 'an episode open, its chart as a table',
      diary: 'filled',
      enter: async (page) => {
        await openEpisode(page)
        await chartsAsTables.enter(page)
      },
    },
  ],
  Treatments: [
    {
      name: 'the quick log with a kind chosen',
      enter: async (page) => {
        const quick = page.getByRole('form', { name: 'Quick log' })
        await quick.getByRole('button', { name: 'Heat' }).click()
        await expect(quick.getByRole('button', { name: 'Save heat session' })).toBeVisible()
      },
    },
  ],
  Experiments: [
    {
      name: 'the create form, its last step',
      enter: async (page) => {
        await page.getByRole('button', { name: 'Start an experiment' }).click()
        await page.getByRole('button', { name: 'Next' }).click()
        await page.getByRole('button', { name: 'Next' }).click()
        await expect(page.getByRole('heading', { name: /^Step 3 of 3/ })).toBeFocused()
      },
    },
    {
      // Saves an experiment the first time; later visits open it.
      name: 'an experiment running, its calendar shown',
      enter: async (page) => {
        const open = page.getByRole('button', { name: /^Open “/ })
        if ((await open.count()) > 0) await open.first().click()
        else {
          await page.getByRole('button', { name: 'Start an experiment' }).click()
          await page.getByRole('button', { name: 'Next' }).click()
          await page.getByRole('button', { name: 'Next' }).click()
          await page.getByRole('button', { name: 'Start the experiment' }).click()
        }
        await page.getByRole('button', { name: 'Show the whole calendar' }).click()
        await expect(page.getByRole('region', { name: /the whole calendar/i })).toBeVisible()
      },
    },
  ],
}

/** A screen's states for this diary, the charts-as-tables one last. */
export function statesOf(screen: string, diary: Diary): State[] {
  return [...(STATES[screen] ?? []), chartsAsTables].filter(
    (s) => s.diary === undefined || s.diary === diary,
  )
}

/** Part `index` (0-based) of a walk split into `of` tests, which together visit every screen once. */
export interface Part {
  index: number
  of: number
}

/**
 * The screens of the navigation that this part of a walk visits, in the navigation's order. The
 * screens are dealt out by how many stops each has (its states), most first, each to the part
 * with the fewest stops so far, so the parts take about as long.
 */
export function screensOfPart(screens: readonly string[], diary: Diary, part: Part): string[] {
  const stops = Array.from({ length: part.of }, () => 0)
  const mine = new Set<string>()
  const byWeight = screens
    .map((screen) => ({ screen, weight: 1 + statesOf(screen, diary).length }))
    .sort((a, b) => b.weight - a.weight)
  for (const { screen, weight } of byWeight) {
    const lightest = stops.indexOf(Math.min(...stops))
    stops[lightest] = (stops[lightest] ?? 0) + weight
    if (lightest === part.index) mine.add(screen)
  }
  return screens.filter((screen) => mine.has(screen))
}

/**
 * Walks every screen of the navigation (or of `part` of it), each of its states for this diary,
 * then the screens only an in-app link on them reaches (the welcome), calling `check` on each
 * with where it is and a file-safe name. A state that cannot be entered is a failure that says
 * so; the walk goes on.
 */
export async function visitEveryScreen(
  page: Page,
  {
    screens,
    diary,
    setting,
    check,
    failures,
    part = { index: 0, of: 1 },
  }: {
    screens: readonly string[]
    diary: Diary
    /** Named in failures: "filled diary, dark, 720×560". */
    setting: string
    check: (where: string, slug: string) => Promise<void>
    failures: string[]
    part?: Part
  },
): Promise<void> {
  const slugOf = (words: string) => words.toLowerCase().replace(/\W+/g, '-')
  const links = new Set<string>()
  for (const screen of screensOfPart(screens, diary, part)) {
    await openScreen(page, screen)
    await check(screen, slugOf(screen))
    for (const href of await inAppLinks(page)) links.add(href)
    for (const state of statesOf(screen, diary)) {
      if (state.applies && !(await state.applies(page))) continue
      try {
        await state.enter(page)
      } catch (error) {
        failures.push(
          `${screen} · ${state.name} (${setting}): could not enter this state — update STATES ` +
            `in e2e/harness/screen-states.ts if the screen changed.\n      ${String(error).split('\n')[0] ?? ''}`,
        )
        continue
      }
      await check(`${screen} · ${state.name}`, `${slugOf(screen)}-${slugOf(state.name)}`)
      // Fresh again for the next state: away and back.
      await openScreen(page, screens.find((s) => s !== screen) ?? screen)
      await openScreen(page, screen)
    }
  }
  for (const href of links) {
    const name = await openLinkedScreen(page, href, screens)
    if (name !== null) await check(`${name} (${href}, by a link)`, href.replace(/\W+/g, '-'))
  }
}
