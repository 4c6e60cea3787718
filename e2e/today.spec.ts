import type { Locator, Page } from '@playwright/test'
import { addDays } from 'date-fns'
import { toIsoDate } from '../src/shared/dates'
import { insertCheckin } from '../testing/diary-rows'
import { expect, screenshot, screenshotBothThemes, test } from './harness/fixtures'
import { seedRepresentativeDiary } from './harness/representative-diary'

declare global {
  interface Window {
    /** Each journal call in the order asked, with when it was asked and answered (`step`). */
    journalCalls?: { channel: string; asked: number; answered: number | null }[]
  }
}

/**
 * Today by state, walked as a person would: what is on screen and what it says, at the times of
 * day that change it (the page's clock is fixed; main's stays real, on the same date).
 */

const todayAt = (hours: number, minutes = 0) => {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes)
}
const region = (app: Page, name: string) => app.getByRole('region', { name, exact: true })
const group = (scope: Locator, name: string | RegExp) => scope.getByRole('group', { name })
const choose = (scope: Locator, legend: string, option: string) =>
  group(scope, legend).getByRole('radio', { name: option, exact: true }).check()
const also = (app: Page) => region(app, 'Also today')

async function openAt(app: Page, hours: number, minutes = 0) {
  await app.setViewportSize({ width: 1280, height: 800 })
  await app.clock.install({ time: todayAt(hours, minutes) })
  await app.reload()
  await expect(app.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
}

async function fillCheckin(scope: Locator, pain: string) {
  await choose(scope, 'Pain right now', pain)
  await choose(scope, 'Stiffness right now', '2')
  await choose(scope, 'Spasms since the last check-in', '0: No spasms')
}

test('first morning: Spasm now, the morning due, the rest one line each; no scrolling', async ({
  app,
}) => {
  await openAt(app, 7, 30)
  await expect(app.getByRole('button', { name: 'Spasm now' })).toBeVisible()
  const morning = region(app, 'Morning check-in')
  await expect(morning.getByText('Due now')).toBeVisible()
  await expect(region(app, 'Evening check-in')).toHaveCount(0)
  await expect(
    also(app).getByRole('button', { name: /Evening check-in.*later today, from 14:00/ }),
  ).toBeVisible()
  await expect(also(app).getByRole('button', { name: /^▸?\s*Treatments/ })).toBeVisible()
  // Day one: no PEG (it is asked once the diary is a week old), no episode card.
  await expect(app.getByText(/PEG/)).toHaveCount(0)
  await expect(app.getByRole('region', { name: 'Spasm episode' })).toHaveCount(0)
  const height = await app.evaluate(() => document.documentElement.scrollHeight)
  expect(height, 'Today at 07:30 on an empty journal fits 1280×800').toBeLessThanOrEqual(800)
  await screenshot(app, 'today/first-morning-light-1280')

  // The morning in a few keys: digits answer the scales, Enter saves.
  await group(morning, 'Pain right now').getByRole('radio').first().focus()
  await app.keyboard.press('3')
  await app.keyboard.press('Tab')
  await app.keyboard.press('2')
  await app.keyboard.press('Tab')
  await app.keyboard.press('Tab')
  await app.keyboard.press('0')
  await app.keyboard.press('Enter')
  await expect(morning.getByRole('status')).toHaveText(
    'Morning check-in saved: pain 3/10, stiffness 2/10, no spasms. Next: the evening check-in, later today from 14:00.',
  )
  await expect(morning.getByText('Due now')).toHaveCount(0)
  await expect(region(app, 'Evening check-in')).toHaveCount(0)
})

test('a flare-up on day one via Spasm now: saved with pain in at most 5 clicks', async ({
  app,
  diary,
}) => {
  await openAt(app, 10, 30)
  let clicks = 0
  const click = async (target: Locator) => {
    clicks++
    await target.click()
  }
  await click(app.getByRole('button', { name: 'Spasm now' }))
  const form = app.getByRole('form', { name: 'Spasm now' })
  // Where and when are asked, answered already (the lower back, central, today): they stay in
  // sight, as do the warning signs (folded).
  await expect(group(form, 'Where?').getByRole('radio', { name: 'Lower back' })).toBeChecked()
  await expect(form.getByLabel('Side')).toBeVisible()
  await expect(form.getByLabel('Started on')).toBeVisible()
  await expect(form.getByText(/warning signs/i).first()).toBeVisible()
  await click(group(form, 'Pain right now').getByRole('radio', { name: '7', exact: true }))
  await click(group(form, 'Stiffness right now').getByRole('radio', { name: '6', exact: true }))
  // How often and how severe in one click: more than once an hour, severe.
  await click(
    group(form, 'Spasms: how often since the last check-in, and how severe').getByRole('radio', {
      name: 'More than once an hour, severe',
    }),
  )
  await click(form.getByRole('button', { name: 'Start episode and save pain' }))
  await expect(region(app, 'Spasm now').getByRole('status').first()).toHaveText(
    /^✓ Saved: a new lower back episode \(central\), started .*, with pain 7\/10\.$/,
  )
  console.log(`[budget] flare-up from Today to a saved episode with pain: ${clicks} clicks`)
  expect(clicks).toBeLessThanOrEqual(5)

  // Then the "24 hours before" checklist, which says what it saved.
  const onset = app.getByRole('form', { name: 'Before the lower back episode started' })
  await onset.getByRole('checkbox').first().check()
  await onset.getByRole('button', { name: 'Save the answer' }).click()
  await expect(region(app, 'Spasm now').getByRole('status').nth(1)).toHaveText(
    '✓ Saved: 1 thing ticked for the 24 hours before.',
  )
  await expect(region(app, 'Spasm episode')).toContainText('Day 1 of your lower back episode')
  await screenshot(app, 'today/spasm-now-saved-light-1280')

  const rows = diary.db
    .prepare(
      `SELECT slot, pain, stiffness, spasm_frequency AS often, spasm_severity AS severity,
         episode_id IS NOT NULL AS linked FROM checkins`,
    )
    .all()
  expect(rows).toEqual([{ slot: 'other', pain: 7, stiffness: 6, often: 3, severity: 3, linked: 1 }])

  // A second spasm in the same place continues the episode.
  await app.getByRole('button', { name: 'Close' }).click()
  await app.keyboard.press('Control+Shift+S')
  const again = app.getByRole('form', { name: 'Spasm now' })
  await expect(again.getByText(/Continues your lower back episode: day 1/)).toBeVisible()
})

test('opening on Today asks everything it reads at once, before any answer', async ({
  app,
  diary,
}) => {
  seedRepresentativeDiary(diary)
  // Numbers each ask and each answer in order (no clock: the page's is fixed).
  await app.addInitScript(() => {
    const invoke = window.__unknotInvoke
    const calls: NonNullable<Window['journalCalls']> = []
    let step = 0
    window.journalCalls = calls
    window.__unknotInvoke = async (channel, input) => {
      const call = { channel, asked: step++, answered: null as number | null }
      calls.push(call)
      try {
        return await invoke(channel, input)
      } finally {
        call.answered = step++
      }
    }
  })
  await openAt(app, 19, 0)
  const evening = region(app, 'Evening check-in')
  await expect(group(evening, 'Pain right now').getByRole('radio').first()).toBeEnabled()
  await expect(app.getByRole('region', { name: 'Spasm episode' })).toBeVisible()
  await expect(app.getByRole('region', { name: 'Alerts' })).toBeVisible()
  const calls = (await app.evaluate(() => window.journalCalls)) ?? []
  const firstAnswer = Math.min(...calls.map((c) => c.answered ?? Infinity))
  expect(calls.map((c) => c.channel)).toContain('checkins:list')
  // A read asked after an answer came back is one more round trip before Today is usable. The
  // pending navigation is asked once the shell's notices listen (main then says those that
  // waited); Today does not wait for it.
  const late = calls.filter((c) => c.asked > firstAnswer).map((c) => c.channel)
  expect(late).toEqual(['app:pendingNavigation'])
  // Whether the journal is new is asked once, for the start screen and the PEG line alike.
  expect(calls.filter((c) => c.channel === 'app:firstRun')).toHaveLength(1)
})

test('a good evening: both done, and Today says so', async ({ app }) => {
  await openAt(app, 7, 30)
  await fillCheckin(region(app, 'Morning check-in'), '2')
  await region(app, 'Morning check-in')
    .getByRole('button', { name: 'Save morning check-in' })
    .click()
  await openAt(app, 19, 0)
  const evening = region(app, 'Evening check-in')
  await expect(evening.getByText('Due now')).toBeVisible()
  await expect(also(app).getByRole('button', { name: /Morning check-in.*saved at/ })).toBeVisible()
  await evening.getByRole('button', { name: 'Same as this morning' }).click()
  await evening.getByRole('button', { name: 'Save evening check-in' }).click()
  await expect(evening.getByRole('status').first()).toHaveText(
    'Evening check-in saved: pain 2/10, stiffness 2/10, no spasms. Both check-ins are done for today.',
  )
  await app.reload()
  await expect(app.getByText('✓ Both check-ins are done for today.')).toBeVisible()
  await expect(region(app, 'Evening check-in')).toHaveCount(0)
})

test('a bad evening with the morning still open: nothing says both are done', async ({ app }) => {
  await openAt(app, 20, 0)
  const evening = region(app, 'Evening check-in')
  await expect(evening.getByText('Due now')).toBeVisible()
  await expect(
    also(app).getByRole('button', { name: /Morning check-in.*not recorded yet/ }),
  ).toBeVisible()
  await fillCheckin(evening, '8')
  await evening.getByRole('button', { name: 'Save evening check-in' }).click()
  const said = evening.getByRole('status').first()
  await expect(said).toContainText(
    'Evening check-in saved: pain 8/10, stiffness 2/10, no spasms. The morning check-in is still open',
  )
  await expect(app.getByText(/both/i)).toHaveCount(0)
  // The morning opens from its line and can still be recorded.
  await also(app)
    .getByRole('button', { name: /Morning check-in/ })
    .click()
  await expect(also(app).getByRole('form', { name: 'Morning check-in' })).toBeVisible()
  await screenshot(app, 'today/bad-evening-light-1280')

  // Opened again that evening: the day's line says the morning is open, from the same state.
  await openAt(app, 21, 0)
  await expect(app.locator('.today-checkins__done')).toHaveText(
    'The morning check-in is still open: it is below, under “Also today”.',
  )
  await expect(app.getByText(/both/i)).toHaveCount(0)
})

test('the next morning after an evening save: the morning is due, nothing says done', async ({
  app,
  diary,
}) => {
  const yesterday = toIsoDate(addDays(new Date(), -1))
  insertCheckin(diary.db, { date: yesterday, slot: 'morning', pain: 3, stiffness: 2 })
  insertCheckin(diary.db, { date: yesterday, slot: 'evening', pain: 4, stiffness: 3 })
  await openAt(app, 7, 30)
  await expect(region(app, 'Morning check-in').getByText('Due now')).toBeVisible()
  await expect(
    also(app).getByRole('button', { name: /Evening check-in.*later today, from 14:00/ }),
  ).toBeVisible()
  await expect(app.getByText(/done for today/i)).toHaveCount(0)
  await expect(app.locator('.today-checkins__done')).toHaveCount(0)
})

test('neither recorded in the evening: the evening is due, the morning not recorded yet', async ({
  app,
}) => {
  await openAt(app, 20, 0)
  await expect(region(app, 'Evening check-in').getByText('Due now')).toBeVisible()
  await expect(
    also(app).getByRole('button', { name: /Morning check-in.*not recorded yet/ }),
  ).toBeVisible()
  await expect(app.getByText(/done for today|saved/i)).toHaveCount(0)
})

test('said once and closed when its moment has passed: Spasm now, an ended episode', async ({
  app,
  diary,
}) => {
  await openAt(app, 10, 30)
  await app.getByRole('button', { name: 'Spasm now' }).click()
  const form = app.getByRole('form', { name: 'Spasm now' })
  await choose(form, 'Pain right now', '6')
  await choose(form, 'Stiffness right now', '5')
  await group(form, 'Spasms: how often since the last check-in, and how severe')
    .getByRole('radio', { name: 'Full spasms less than once an hour, mild' })
    .check()
  await form.getByRole('button', { name: 'Start episode and save pain' }).click()
  const spasm = region(app, 'Spasm now')
  await expect(spasm.getByRole('status').first()).toContainText(
    'Saved: a new lower back episode (central)',
  )
  // Its own checklist belongs to it: saving that keeps what was said.
  const onset = app.getByRole('form', { name: 'Before the lower back episode started' })
  await onset.getByRole('checkbox').first().check()
  await onset.getByRole('button', { name: 'Save the answer' }).click()
  await expect(spasm.getByRole('status').nth(1)).toHaveText(
    '✓ Saved: 1 thing ticked for the 24 hours before.',
  )
  // The morning check-in saved next: the spasm's moment has passed, its lines close.
  const morning = region(app, 'Morning check-in')
  await fillCheckin(morning, '6')
  await morning.getByRole('button', { name: 'Save morning check-in' }).click()
  await expect(morning.getByRole('status').first()).toContainText(
    'Morning check-in saved: pain 6/10, stiffness 2/10, no spasms.',
  )
  await expect(spasm.getByText(/Saved: a new lower back episode/)).toHaveCount(0)
  await expect(app.getByRole('button', { name: 'Spasm now' })).toBeVisible()

  // "Ended … Undo" on the episode closes at the next save too.
  const card = region(app, 'Spasm episode')
  await card.getByRole('button', { name: 'It has ended' }).click()
  await app.keyboard.press('Enter')
  await expect(card.getByRole('button', { name: 'Undo' })).toBeVisible()
  await also(app)
    .getByRole('button', { name: /Evening check-in/ })
    .click()
  const evening = also(app).getByRole('form', { name: 'Evening check-in' })
  await fillCheckin(evening, '5')
  await evening.getByRole('button', { name: 'Save evening check-in' }).click()
  await expect(app.getByText(/^Evening check-in saved: pain 5\/10/)).toBeVisible()
  await expect(app.getByRole('button', { name: 'Undo' })).toHaveCount(0)
  expect(diary.db.prepare('SELECT ended_on IS NOT NULL FROM episodes').pluck().get()).toBe(1)
})

// The steps once, in light; the pictures in both themes (the dark theme swaps colours only).
for (const size of [
  { width: 1280, height: 800 },
  { width: 720, height: 560 },
]) {
  test(`screens: Today and Spasm now, light and dark, ${size.width}×${size.height}`, async ({
    app,
  }) => {
    await app.setViewportSize(size)
    await app.clock.install({ time: todayAt(7, 30) })
    await app.reload()
    await expect(app.getByRole('button', { name: 'Spasm now' })).toBeVisible()
    await screenshotBothThemes(app, (theme) => `today/empty-${theme}-${size.width}`)
    await app.getByRole('button', { name: 'Spasm now' }).click()
    await expect(app.getByRole('form', { name: 'Spasm now' })).toBeVisible()
    await screenshotBothThemes(app, (theme) => `today/spasm-now-${theme}-${size.width}`)
  })
}
