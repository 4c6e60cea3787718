import type { Locator, Page } from '@playwright/test'
import { toIsoDate } from '../src/shared/dates'
import { formatDay } from '../src/shared/format'
import { expect, screenshot, test } from './harness/fixtures'

const today = toIsoDate(new Date())

/** Today at a local wall-clock time, for the page's clock (main's stays real, same date). */
const todayAt = (hours: number, minutes = 0) => {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes)
}

// 07:30: the morning check-in is the one due, whenever the suite runs.
test.beforeEach(async ({ app }) => {
  await app.clock.install({ time: todayAt(7, 30) })
  await app.reload()
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible()
})

function card(page: Page, name: 'Morning check-in' | 'Evening check-in'): Locator {
  return page.getByRole('region', { name })
}

async function choose(scope: Locator, group: string, option: string) {
  await scope
    .getByRole('group', { name: group })
    .getByRole('radio', { name: option, exact: true })
    .check()
}

interface Row {
  slot: string
  date: string
  pain: number
  stiffness: number
  stiffness_minutes: number | null
  spasm_frequency: number
  spasm_severity: number | null
  sleep_interrupted: number
  notes: string
}

test('records morning and evening check-ins that survive a reload', async ({ app, diary }) => {
  const morning = card(app, 'Morning check-in')
  await choose(morning, 'Pain right now', '6')
  await choose(morning, 'Stiffness right now', '7')
  await morning.getByLabel('Minutes of stiffness after getting up').fill('45')
  await choose(morning, 'Spasms since the last check-in', '2: Full spasms less than once an hour')
  await choose(morning, 'How severe were the spasms?', '2: Moderate')
  await morning.getByLabel('Pain or spasms interrupted my sleep').check()
  await morning.getByLabel('Notes (optional)').fill('Stiff getting out of bed')
  // Save in one keystroke from the minutes field.
  await morning.getByLabel('Minutes of stiffness after getting up').press('Enter')
  await expect(morning.getByText('✓ Saved')).toBeVisible()
  await expect(morning.getByText('45 min')).toBeVisible()

  // The evening check-in, early, from its line under "Also today", entirely from the keyboard.
  await expect(card(app, 'Evening check-in')).toHaveCount(0)
  await app
    .getByRole('region', { name: 'Also today' })
    .getByRole('button', { name: /Evening check-in/ })
    .click()
  const evening = app.getByRole('form', { name: 'Evening check-in' })
  await evening
    .getByRole('group', { name: 'Pain right now' })
    .getByRole('radio', { name: '0', exact: true })
    .focus()
  for (let i = 0; i < 3; i++) await app.keyboard.press('ArrowRight')
  await app.keyboard.press('Tab')
  for (let i = 0; i < 5; i++) await app.keyboard.press('ArrowRight')
  await app.keyboard.press('Tab')
  await app.keyboard.press('ArrowRight') // spasm frequency 1
  await app.keyboard.press('Tab')
  await app.keyboard.press('ArrowRight') // severity: moderate
  await app.keyboard.press('Enter')
  await expect(card(app, 'Evening check-in').getByText('✓ Saved')).toBeVisible()
  await expect(card(app, 'Evening check-in').getByRole('status')).toHaveText(
    'Evening check-in saved: pain 3/10, stiffness 5/10, moderate spasms. Both check-ins are done for today.',
  )

  await app.reload()
  await expect(app.getByText('✓ Both check-ins are done for today.')).toBeVisible()
  const lines = app.getByRole('region', { name: 'Also today' })
  await lines.getByRole('button', { name: /Morning check-in.*saved at/ }).click()
  await expect(lines.getByText('Stiff getting out of bed')).toBeVisible()
  await screenshot(app, 'today')

  const rows = diary.db
    .prepare<[], Row>(
      `SELECT slot, date, pain, stiffness, stiffness_minutes, spasm_frequency, spasm_severity,
              sleep_interrupted, notes FROM checkins ORDER BY slot DESC`,
    )
    .all()
  expect(rows).toEqual([
    {
      slot: 'morning',
      date: today,
      pain: 6,
      stiffness: 7,
      stiffness_minutes: 45,
      spasm_frequency: 2,
      spasm_severity: 2,
      sleep_interrupted: 1,
      notes: 'Stiff getting out of bed',
    },
    {
      slot: 'evening',
      date: today,
      pain: 3,
      stiffness: 5,
      stiffness_minutes: null,
      spasm_frequency: 1,
      spasm_severity: 2,
      sleep_interrupted: 0,
      notes: '',
    },
  ])
})

test('edits and deletes entries in the journal, with undo', async ({ app, diary }) => {
  for (const slot of ['morning', 'evening'] as const) {
    const saved = await app.evaluate((draft) => window.journal.checkins.save(draft), {
      date: today,
      slot,
      pain: 5,
      stiffness: 5,
      spasmFrequency: 0,
    })
    expect(saved.ok).toBe(true)
  }
  await app.getByRole('link', { name: 'Journal' }).click()
  const day = app.getByRole('region', { name: formatDay(today) })
  await expect(day.getByRole('article')).toHaveCount(2)
  await expect(day.getByRole('heading', { level: 3 })).toHaveText([
    'Evening check-in',
    'Morning check-in',
  ])

  await day.getByRole('button', { name: `Edit evening check-in of ${formatDay(today)}` }).click()
  await choose(day, 'Pain right now', '2')
  await day.getByRole('button', { name: 'Save evening check-in' }).click()
  await expect(day.getByRole('button', { name: 'Save evening check-in' })).toHaveCount(0)
  const pain = () =>
    diary.db.prepare("SELECT pain FROM checkins WHERE slot = 'evening'").pluck().get()
  expect(pain()).toBe(2)
  await screenshot(app, 'journal')

  const count = () => diary.db.prepare('SELECT count(*) FROM checkins').pluck().get()
  await day.getByRole('button', { name: `Delete morning check-in of ${formatDay(today)}` }).click()
  await expect(
    app.getByRole('status').filter({ hasText: 'Deleted the morning check-in' }),
  ).toBeVisible()
  expect(count()).toBe(1)
  await app.getByRole('button', { name: 'Undo' }).click()
  await expect(day.getByRole('article')).toHaveCount(2)
  expect(count()).toBe(2)

  await day.getByRole('button', { name: `Delete morning check-in of ${formatDay(today)}` }).click()
  await app.getByRole('button', { name: 'Dismiss' }).click()
  await expect(day.getByRole('article')).toHaveCount(1)
  expect(count()).toBe(1)
})

test('shows out-of-range and missing answers next to their fields and saves nothing', async ({
  app,
  diary,
}) => {
  const morning = card(app, 'Morning check-in')
  await morning.getByRole('button', { name: 'Save morning check-in' }).click()
  await expect(morning.getByRole('group', { name: 'Pain right now' })).toContainText(
    'Pain must be a whole number from 0 to 10.',
  )

  await choose(morning, 'Pain right now', '4')
  await choose(morning, 'Stiffness right now', '4')
  await choose(morning, 'Spasms since the last check-in', '0: No spasms')
  await morning.getByLabel('Minutes of stiffness after getting up').fill('2000')
  await morning.getByRole('button', { name: 'Save morning check-in' }).click()
  const minutes = morning.getByLabel('Minutes of stiffness after getting up')
  await expect(minutes).toHaveAccessibleDescription(
    /Morning stiffness minutes must be a whole number from 0 to 1440\./,
  )
  await expect(minutes).toHaveAttribute('aria-invalid', 'true')
  await screenshot(app, 'today-error')
  expect(diary.db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0)

  await morning.getByLabel('Minutes of stiffness after getting up').fill('30')
  await morning.getByRole('button', { name: 'Save morning check-in' }).click()
  await expect(morning.getByText('✓ Saved')).toBeVisible()
  expect(diary.db.prepare('SELECT stiffness_minutes FROM checkins').pluck().get()).toBe(30)
})

test('the bridge refuses bad input from the page and the diary stays unchanged', async ({
  app,
  diary,
}) => {
  const results = await app.evaluate(async (date) => {
    const base = { date, slot: 'morning' as const, pain: 5, stiffness: 5, spasmFrequency: 0 }
    return [
      await window.journal.checkins.save({ ...base, pain: 11 }),
      await window.journal.checkins.save({ ...base, pain: 'high' as unknown as number }),
      await window.journal.checkins.save({ ...base, slot: undefined as unknown as 'morning' }),
      await window.journal.checkins.delete({ id: 1 }),
    ]
  }, today)
  expect(results.map((r) => !r.ok && r.error.code)).toEqual([
    'invalid_input',
    'invalid_input',
    'invalid_input',
    'not_found',
  ])
  expect(diary.db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0)
})

test('every page of the shell is reachable by keyboard and says what it holds', async ({ app }) => {
  for (const name of [
    'Episodes',
    'Treatments',
    'Trends',
    'Report',
    'Settings',
    'Journal',
    'Today',
  ]) {
    await app.getByRole('link', { name }).focus()
    await app.keyboard.press('Enter')
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(name)
    await expect(app.getByRole('link', { name })).toHaveAttribute('aria-current', 'page')
  }
  await app.getByRole('link', { name: 'Settings' }).click()
  await expect(app.getByText('journal.sqlite')).toBeVisible()
  await screenshot(app, 'settings')
})

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' })

  test('Today keeps its text readable and shows where the keyboard focus is', async ({ app }) => {
    const morning = card(app, 'Morning check-in')
    await choose(morning, 'Pain right now', '3')
    await morning
      .getByRole('group', { name: 'Stiffness right now' })
      .getByRole('radio', { name: '0', exact: true })
      .focus()
    await app.keyboard.press('ArrowRight')
    const colors = await app.evaluate(() => {
      const style = getComputedStyle(document.documentElement)
      return { background: style.backgroundColor, text: style.color }
    })
    expect(colors).toEqual({ background: 'rgb(23, 22, 20)', text: 'rgb(241, 237, 231)' })
    // The focused option carries a visible outline, not only a colour change.
    const outline = await morning
      .locator('.scale__option:has(input:focus-visible)')
      .evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline).toBe('solid')
    await screenshot(app, 'today-dark')
  })
})

test('a warning sign about one leg says which leg, on the alert and in the diary', async ({
  app,
  diary,
}) => {
  const morning = card(app, 'Morning check-in')
  await choose(morning, 'Pain right now', '5')
  await choose(morning, 'Stiffness right now', '4')
  await choose(morning, 'Spasms since the last check-in', '0: No spasms')
  // The list opens from its summary by keyboard; "Which leg?" appears under a ticked leg sign.
  await morning.locator('summary', { hasText: 'Warning signs' }).focus()
  await app.keyboard.press('Enter')
  await morning.getByLabel('Weakness in one leg').check()
  const which = morning.getByRole('group', { name: /^Which leg\? \(weakness in one leg/ })
  await expect(which.getByRole('radio')).toHaveCount(2)
  await which.getByRole('radio', { name: 'Left leg' }).focus()
  await app.keyboard.press('Space')
  await expect(which.getByRole('radio', { name: 'Left leg' })).toBeChecked()
  // A sign whose side is left unanswered is kept, its side not recorded.
  await morning.getByLabel('Numbness or tingling in one leg').check()
  await morning.getByRole('button', { name: 'Save morning check-in' }).click()
  await expect(morning.getByText('✓ Saved')).toBeVisible()
  await expect(morning).toContainText('Weakness in one leg (left leg)')
  await expect(morning).toContainText('Numbness or tingling in one leg (side not recorded)')
  await expect(app.getByText('Weakness in one leg (left leg)').first()).toBeVisible()
  expect(diary.db.prepare('SELECT code, side FROM checkin_symptoms ORDER BY code').all()).toEqual([
    { code: 'one_leg_numbness_tingling', side: null },
    { code: 'one_leg_weakness', side: 'left' },
  ])
  await screenshot(app, 'checkin-leg-side')
})
