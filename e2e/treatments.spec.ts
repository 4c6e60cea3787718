import type { Locator, Page } from '@playwright/test'
import { toLocalDateTime } from '../src/shared/domain/treatment'
import { expect, screenshot, test } from './harness/fixtures'

const HOUR = 60 * 60 * 1000

async function choose(scope: Locator, group: string, option: string) {
  await scope
    .getByRole('group', { name: group, exact: true })
    .getByRole('radio', { name: option, exact: true })
    .check()
}

async function seed(page: Page, drafts: Record<string, unknown>[]) {
  const results = await page.evaluate(async (list) => {
    const out = []
    for (const draft of list) {
      out.push(await window.journal.treatments.save(draft as never))
    }
    return out
  }, drafts)
  for (const result of results) expect(result.ok, JSON.stringify(result)).toBe(true)
}

test('logs a heat session and shows it in the list and the effectiveness table', async ({
  app,
  diary,
}) => {
  // Two earlier heat sessions (6→5 and 8→4) and one rated ice session, seeded through the bridge.
  await seed(app, [
    {
      kind: 'heat',
      startedAt: toLocalDateTime(new Date(Date.now() - 30 * HOUR)),
      painBefore: 6,
      painAfter: 5,
    },
    {
      kind: 'heat',
      startedAt: toLocalDateTime(new Date(Date.now() - 20 * HOUR)),
      painBefore: 8,
      painAfter: 4,
      sideEffect: 'Skin redness',
    },
    {
      kind: 'tens',
      startedAt: toLocalDateTime(new Date(Date.now() - 10 * HOUR)),
      painBefore: 6,
      painAfter: 4,
      sideEffect: 'Skin irritation under the pads',
    },
  ])
  await app.getByRole('link', { name: 'Treatments' }).click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Treatments')

  const quick = app.getByRole('region', { name: 'Quick log' })
  await quick.getByRole('button', { name: 'Heat', exact: true }).click()
  await expect(quick.getByRole('button', { name: 'Heat', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await choose(quick, 'Pain before', '7')
  await choose(quick, 'Pain after', '4')
  await quick.getByLabel('How (pad, bath, shower) (optional)').fill('Heat pad')
  await quick.getByLabel('Minutes (optional)').fill('20')
  await quick.getByRole('button', { name: 'Save heat session' }).click()
  await expect(quick.getByRole('status')).toHaveText('✓ Saved heat')

  const row = diary.db
    .prepare(
      `SELECT kind, detail, duration_minutes AS minutes, pain_before AS before,
              pain_after AS after, episode_id AS episode
       FROM treatments ORDER BY id DESC LIMIT 1`,
    )
    .get()
  expect(row).toEqual({
    kind: 'heat',
    detail: 'Heat pad',
    minutes: 20,
    before: 7,
    after: 4,
    episode: null,
  })

  // In the list, newest first.
  const list = app.getByRole('region', { name: 'Logged sessions' })
  const newest = list.getByRole('article').first()
  await expect(newest.getByRole('heading')).toHaveText('Heat session')
  await expect(newest).toContainText('7 → 4 (3 lower)')
  await expect(newest).toContainText('Heat pad')
  await expect(list.getByRole('article')).toHaveCount(4)

  // Heat: changes 3, 1, 4 → mean 2.7 points lower; drops of 2+ in 2 of 3 sessions = 67%.
  const table = app.getByRole('table', { name: /What works for you/ })
  await expect(table.getByRole('columnheader')).toHaveText([
    'Treatment',
    'Sessions',
    'Mean change in pain',
    'Pain dropped 2+ points',
    'Side effects reported',
  ])
  const heat = table.getByRole('row', { name: /^Heat/ })
  await expect(heat.getByRole('cell')).toHaveText([
    '3',
    '2.7 points lower',
    '67% (2 of 3)',
    '1 session: Skin redness',
  ])
  const tens = table.getByRole('row', { name: /^TENS/ })
  await expect(tens.getByRole('cell')).toHaveText([
    '1',
    'Not enough data: 1 of 3 sessions rated before and after',
    '1 session: Skin irritation under the pads',
  ])
  await screenshot(app, 'treatments')

  // Delete with undo, like the journal.
  await newest.getByRole('button', { name: /^Delete heat session/ }).click()
  await expect(
    app.getByRole('status').filter({ hasText: 'Deleted the heat session' }),
  ).toBeVisible()
  await expect(heat.getByRole('cell').nth(0)).toHaveText('2')
  await app.getByRole('button', { name: 'Undo' }).click()
  await expect(heat.getByRole('cell').nth(0)).toHaveText('3')
  expect(diary.db.prepare('SELECT count(*) FROM treatments').pluck().get()).toBe(4)
})

test('edits a logged session and shows refusals next to their fields', async ({ app, diary }) => {
  await seed(app, [
    { kind: 'ice', startedAt: toLocalDateTime(new Date(Date.now() - HOUR)), painBefore: 5 },
  ])
  await app.getByRole('link', { name: 'Treatments' }).click()
  const entry = app.getByRole('region', { name: 'Logged sessions' }).getByRole('article')
  await entry.getByRole('button', { name: /^Edit ice session/ }).click()
  await entry.getByLabel('Minutes (optional)').fill('-5')
  await choose(entry, 'Pain after', '3')
  await entry.getByRole('button', { name: 'Save ice session' }).click()
  await expect(entry.getByLabel('Minutes (optional)')).toHaveAccessibleDescription(
    'Duration in minutes must be a whole number from 0 to 1440.',
  )
  expect(diary.db.prepare('SELECT pain_after FROM treatments').pluck().get()).toBeNull()
  await entry.getByLabel('Minutes (optional)').fill('20')
  await entry.getByRole('button', { name: 'Save ice session' }).click()
  await expect(entry).toContainText('5 → 3 (2 lower)')
  expect(diary.db.prepare('SELECT duration_minutes, pain_after FROM treatments').get()).toEqual({
    duration_minutes: 20,
    pain_after: 3,
  })
})

test('Today logs a treatment in one click and a few answers', async ({ app, diary }) => {
  const card = app.getByRole('region', { name: 'Also today' })
  await card.getByRole('button', { name: /Treatments/ }).click()
  await card.getByRole('button', { name: 'Walk', exact: true }).click()
  await choose(card, 'Pain before', '5')
  await choose(card, 'Pain after', '3')
  await card.getByRole('button', { name: 'Save walk session' }).click()
  await expect(card.getByRole('status')).toHaveText('✓ Logged walk.')
  expect(diary.db.prepare('SELECT kind, pain_before, pain_after FROM treatments').get()).toEqual({
    kind: 'walk',
    pain_before: 5,
    pain_after: 3,
  })
})

test('runs the breathing pacer on a fake clock across pages and logs one session', async ({
  app,
  diary,
}) => {
  // The page's clock starts two hours ago, so the logged start is never in main's future.
  const base = Date.now() - 2 * HOUR
  await app.clock.install({ time: base })
  await app.reload()
  await app.getByRole('link', { name: 'Treatments' }).click()

  const timers = app.getByRole('region', { name: 'Guided timers' })
  await timers.getByRole('radio', { name: /^Slow breathing/ }).check()
  await timers.getByLabel('Breathe for').selectOption('1')
  await timers.getByRole('button', { name: 'Start slow breathing' }).click()
  // Pain before is asked first.
  await expect(timers.getByText('Rate your pain before you start')).toBeVisible()
  await choose(timers, 'Pain before you start', '6')

  // From here time moves only when the test says so.
  const start = base + HOUR
  await app.clock.pauseAt(start)
  await timers.getByRole('button', { name: 'Start slow breathing' }).click()

  const pacer = timers.locator('.pacer')
  const word = timers.locator('.pacer__word')
  const time = timers.locator('.timer-running__time')
  await expect(pacer).toHaveAttribute('data-phase', 'inhale')
  await expect(word).toHaveText('Breathe in')
  await expect(time).toContainText('0:05')
  await app.clock.runFor(2_000)
  await expect(time).toContainText('0:03')
  await app.clock.runFor(3_000)
  await expect(word).toHaveText('Pause')
  await expect(pacer).toHaveAttribute('data-phase', 'pause')
  await app.clock.runFor(1_000)
  await expect(word).toHaveText('Breathe out')

  // Pause holds the phase; resume continues it.
  await timers.getByRole('button', { name: 'Pause' }).click()
  await app.clock.runFor(30_000)
  await expect(word).toHaveText('Breathe out')
  await expect(time).toContainText('0:03')
  await timers.getByRole('button', { name: 'Resume' }).click()
  await app.clock.runFor(1_000)
  await expect(time).toContainText('0:02')
  await screenshot(app, 'timer-running')

  // Another page: the timer keeps running and the dock shows it.
  await app.getByRole('link', { name: 'Journal' }).click()
  const dock = app.getByRole('complementary', { name: 'Guided timer' })
  await expect(dock).toContainText('Slow breathing · Breathe out · 0:02')
  await app.clock.runFor(2_000)
  await expect(dock).toContainText('Breathe in · 0:05')
  expect(diary.services.notifications).toEqual([])

  // 7 breaths of 9 s = 63 s of breathing; 7 s have run.
  await app.clock.runFor(56_000)
  await expect(dock.getByRole('status')).toHaveText(
    '1 minute of slow breathing done. How is your pain now?',
  )
  await expect
    .poll(() => diary.services.notifications)
    .toEqual([
      {
        title: 'Slow breathing: done',
        body: '1 minute of slow breathing done. Rate your pain to log the session.',
      },
    ])
  expect(diary.db.prepare('SELECT count(*) FROM treatments').pluck().get()).toBe(0)

  await app.clock.resume()
  await dock.getByRole('link', { name: 'Rate your pain' }).click()
  await choose(timers, 'Pain now', '3')
  await screenshot(app, 'timer-pain-after')
  await timers.getByRole('button', { name: 'Log session' }).click()
  await expect(timers.getByText('Logged in your treatments.')).toBeVisible()
  expect(
    diary.db
      .prepare(
        `SELECT kind, detail, started_at AS startedAt, duration_minutes AS minutes,
                pain_before AS before, pain_after AS after FROM treatments`,
      )
      .all(),
  ).toEqual([
    {
      kind: 'breathing',
      detail: 'Slow breathing 5-1-3, 1 min',
      startedAt: toLocalDateTime(new Date(start)),
      minutes: 1,
      before: 6,
      after: 3,
    },
  ])
  // And it shows in the list on the same page.
  await expect(
    app.getByRole('region', { name: 'Logged sessions' }).getByRole('article'),
  ).toContainText('6 → 3 (3 lower)')
})

test('cancelling a timer logs nothing', async ({ app, diary }) => {
  await app.clock.install({ time: Date.now() - 2 * HOUR })
  await app.reload()
  await app.getByRole('link', { name: 'Treatments' }).click()
  const timers = app.getByRole('region', { name: 'Guided timers' })
  await timers.getByRole('radio', { name: /^Heat/ }).check()
  await choose(timers, 'Pain before you start', '7')
  await timers.getByRole('button', { name: 'Start heat' }).click()
  await expect(timers.getByText('Heat on', { exact: true })).toBeVisible()
  await app.clock.runFor(5 * 60_000)
  await timers.getByRole('button', { name: 'Cancel (log nothing)' }).click()
  await expect(timers.getByText('Cancelled. Nothing was logged.')).toBeVisible()
  await app.clock.runFor(30 * 60_000)
  expect(diary.db.prepare('SELECT count(*) FROM treatments').pluck().get()).toBe(0)
  expect(diary.services.notifications).toEqual([])
})

test('the stretch routine says never to force, and each side change is announced', async ({
  app,
  diary,
}) => {
  await app.clock.install({ time: Date.now() - 2 * HOUR })
  await app.reload()
  await app.getByRole('link', { name: 'Treatments' }).click()
  const timers = app.getByRole('region', { name: 'Guided timers' })
  await timers.getByRole('radio', { name: /^Stretch routine/ }).check()
  await expect(timers.getByText('Never force a stretch to its full range.')).toBeVisible()
  await timers.getByLabel('Hold each side for').selectOption('15')
  await choose(timers, 'Pain before you start', '5')
  await timers.getByRole('button', { name: 'Start stretch routine' }).click()
  const phase = timers.locator('.timer-running__phase')
  await expect(phase).toHaveText('Chair twist, left side')
  await expect(timers.getByText('Never force a stretch to its full range.')).toBeVisible()
  await app.clock.runFor(15_000)
  await expect(phase).toHaveText('Chair twist, right side')
  const dock = app.getByRole('complementary', { name: 'Guided timer' })
  await expect(dock.getByRole('status')).toHaveText('Now: Chair twist, right side.')
  await expect
    .poll(() => diary.services.notifications.map((n) => n.title))
    .toEqual(['Stretch routine: Chair twist, right side'])
  await screenshot(app, 'timer-stretch')
  await app.clock.runFor(15_000)
  await expect(phase).toHaveText('Seated twist, left side')
  await timers.getByRole('button', { name: 'Finish early and rate pain' }).click()
  await choose(timers, 'Pain now', '4')
  await timers.getByRole('button', { name: 'Log session' }).click()
  await expect(timers.getByText('Logged in your treatments.')).toBeVisible()
  expect(
    diary.db
      .prepare('SELECT kind, duration_minutes, pain_before, pain_after FROM treatments')
      .get(),
  ).toEqual({ kind: 'stretch', duration_minutes: 1, pain_before: 5, pain_after: 4 })
})
