import type { Page } from '@playwright/test'
import { expect, screenshot, test } from './harness/fixtures'
import { seedRepresentativeDiary } from './harness/representative-diary'
import { openScreen } from './harness/screens'

/**
 * The system's own display preferences: reduced motion (the breathing pacer keeps pacing
 * without the growing circle) and forced colours, as Windows high contrast sets them (charts and
 * badges stay readable). Screenshots go to test-results/screenshots/modes/ for people to look at.
 */

const HOUR = 3_600_000
const shape = (app: Page) => app.locator('.pacer__shape')
const style = (app: Page, property: 'transform' | 'backgroundColor' | 'transitionDuration') =>
  shape(app).evaluate((el, p) => getComputedStyle(el)[p], property)

test('reduced motion: the breathing pacer paces by fill and words, not by growing', async ({
  app,
}) => {
  await app.emulateMedia({ reducedMotion: 'reduce' })
  const base = Date.now() - 2 * HOUR
  await app.clock.install({ time: base })
  await app.reload()
  await openScreen(app, 'Treatments')
  const timers = app.getByRole('region', { name: 'Guided timers' })
  await timers.getByRole('radio', { name: /^Slow breathing/ }).check()
  await timers
    .getByRole('group', { name: 'Pain before you start' })
    .getByRole('radio', { name: '6', exact: true })
    .check()
  await app.clock.pauseAt(base + HOUR)
  await timers.getByRole('button', { name: 'Start slow breathing' }).click()

  const word = timers.locator('.pacer__word')
  await expect(word).toHaveText('Breathe in')
  expect(await style(app, 'transform')).toBe('none')
  expect(await style(app, 'transitionDuration')).toBe('0s')
  const breathingIn = await style(app, 'backgroundColor')
  await screenshot(app, 'modes/pacer-reduced-motion-breathe-in')

  await app.clock.runFor(6_000)
  await expect(word).toHaveText('Breathe out')
  expect(await style(app, 'transform')).toBe('none')
  expect(await style(app, 'backgroundColor')).not.toBe(breathingIn)
  await screenshot(app, 'modes/pacer-reduced-motion-breathe-out')
})

test('forced colours: charts keep their cues, badges and pressed buttons stay readable', async ({
  app,
  diary,
}) => {
  seedRepresentativeDiary(diary)
  await app.emulateMedia({ forcedColors: 'active' })
  await app.reload()
  await expect(app.getByRole('region', { name: 'Alerts' })).toBeVisible()
  await screenshot(app, 'modes/today-forced-colors')

  await openScreen(app, 'Trends')
  const stiffness = app.getByRole('figure', { name: 'Stiffness: morning vs evening' })
  const dashes = await stiffness
    .locator('.series-line')
    .evaluateAll((lines) => lines.map((l) => l.getAttribute('stroke-dasharray') ?? 'solid'))
  expect(new Set(dashes).size, 'morning and evening lines differ by dash').toBe(2)
  const text = await app.evaluate(() => {
    const tick = document.querySelector('.recharts-cartesian-axis-tick-value')
    return {
      tick: tick ? getComputedStyle(tick).fill : '',
      body: getComputedStyle(document.body).color,
    }
  })
  expect(text.tick, 'axis text in the system text colour').toBe(text.body)

  const presets = app.getByRole('group', { name: 'Show the last' })
  const background = (name: string) =>
    presets
      .getByRole('button', { name, exact: true })
      .evaluate((b) => getComputedStyle(b).backgroundColor)
  expect(await background('3 months'), 'the chosen range stands out').not.toBe(
    await background('1 year'),
  )
  await screenshot(app, 'modes/trends-forced-colors')

  await openScreen(app, 'Report')
  await screenshot(app, 'modes/report-forced-colors')
})
