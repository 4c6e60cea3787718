import type { Page } from '@playwright/test'
import { expect, screenshot, test } from './harness/fixtures'

/**
 * The ice timer on the page's fake clock: its 20 minutes end with the pain question; the rest
 * is a next round the dock states, with a reminder only if chosen.
 */

const MINUTE = 60_000
// Three hours ago, on the minute: main's clock is real and refuses sessions in the future.
const START = Math.floor((Date.now() - 180 * MINUTE) / MINUTE) * MINUTE
/** "10:50", as the harness's locale (en-GB) writes a time `minutes` after the start. */
const at = (minutes: number) =>
  new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit' }).format(
    START + minutes * MINUTE,
  )

async function startIce(app: Page) {
  await app.setViewportSize({ width: 1280, height: 800 })
  await app.clock.install({ time: START })
  await app.reload()
  await app.getByRole('link', { name: 'Treatments' }).click()
  const timers = app.getByRole('region', { name: 'Guided timers' })
  await timers.getByRole('radio', { name: /^Ice/ }).check()
  await timers
    .getByRole('group', { name: 'Pain before you start' })
    .getByRole('radio', { name: '6', exact: true })
    .check()
  await timers.getByRole('button', { name: 'Start ice' }).click()
  return timers
}

test('ice: 20 minutes end with the pain question; the next round is reminded only if chosen', async ({
  app,
  diary,
}) => {
  const timers = await startIce(app)
  const dock = app.getByRole('complementary', { name: 'Guided timer' })
  await expect(dock).toContainText('Ice on')
  await app.clock.runFor(20 * MINUTE)
  // Asked at once, in the panel and in the dock; nothing counts down the 90 minutes off.
  await expect(timers.getByRole('group', { name: 'Pain now' })).toBeVisible()
  await expect(dock.getByRole('link', { name: 'Rate your pain' })).toBeVisible()
  await expect(dock).not.toContainText('Ice off')
  await expect(dock).toContainText(`Ice: next round at ${at(110)}.`)
  expect(diary.services.notifications.map((n) => n.title)).toContain('Ice: done')
  await screenshot(app, 'timers/ice-done-light-1280')

  await timers
    .getByRole('group', { name: 'Pain now' })
    .getByRole('radio', { name: '3', exact: true })
    .check()
  await timers.getByRole('button', { name: 'Log session' }).click()
  await expect(timers.getByText('Logged in your treatments.')).toBeVisible()
  expect(
    diary.db
      .prepare(
        `SELECT kind, detail, duration_minutes AS minutes, pain_before AS before,
           pain_after AS after FROM treatments`,
      )
      .all(),
  ).toEqual([{ kind: 'ice', detail: 'Guided ice, 20 min on', minutes: 20, before: 6, after: 3 }])

  // The session's panel closes itself; the next round stays, and is reminded once chosen.
  await app.clock.runFor(7_000)
  await expect(dock).toContainText(`Ice: next round at ${at(110)}.`)
  await dock.getByRole('button', { name: 'Remind me' }).click()
  await expect(dock).toContainText(`Ice: next round at ${at(110)}. You will be reminded.`)
  await screenshot(app, 'timers/next-round-reminding-light-1280')
  const before = diary.services.notifications.length
  await app.clock.runFor(89 * MINUTE)
  expect(diary.services.notifications).toHaveLength(before)
  await app.clock.runFor(MINUTE)
  await expect(dock).toContainText(`Ice: time for the next round (${at(110)}).`)
  await expect
    .poll(() => diary.services.notifications.slice(before).map((n) => n.title))
    .toEqual(['Ice: the next round'])
  // Starting it drops the offer.
  await dock.getByRole('link', { name: 'Start ice' }).click()
  await timers
    .getByRole('group', { name: 'Pain before you start' })
    .getByRole('radio', { name: '4', exact: true })
    .check()
  await timers.getByRole('button', { name: 'Start ice' }).click()
  await expect(dock).not.toContainText('next round')
})

test('ice: the next round not chosen sends nothing, and its line goes when its time passes', async ({
  app,
  diary,
}) => {
  const timers = await startIce(app)
  await app.clock.runFor(5 * MINUTE)
  await timers.getByRole('button', { name: 'Stop ice and rate pain' }).click()
  const dock = app.getByRole('complementary', { name: 'Guided timer' })
  // Stopped after 5 minutes: the next round is 90 minutes after the ice came off.
  await expect(dock).toContainText(`Ice: next round at ${at(95)}.`)
  await timers.getByRole('button', { name: 'Discard (log nothing)' }).click()
  const before = diary.services.notifications.length
  await app.clock.runFor(91 * MINUTE)
  await expect(dock).toHaveClass(/timer-dock--idle/)
  expect(diary.services.notifications).toHaveLength(before)
})
