import { addDays, format } from 'date-fns'
import { toIsoDate } from '../src/shared/dates'
import { formatDay, formatShortDay } from '../src/shared/format'
import { expect, screenshot, test } from './harness/fixtures'

// Today puts the morning check-in first before 14:00; the first test fills it in, and the
// others do not depend on the hour.
test.use({ timeOfDay: [7, 30] })

/** 2026-11-25 as the en-GB date fields show it: 25/11/2026. */
const ukDate = (iso: string) => iso.split('-').reverse().join('/')

const today = toIsoDate(new Date())
const daysAgo = (n: number) => format(addDays(new Date(), -n), 'yyyy-MM-dd')

test('an episode 15 days long, an emergency sign acknowledged, the episode ended', async ({
  app,
  diary,
}) => {
  // Seed through the page's own bridge: an episode that started 15 days ago (today is day 15)
  // and a falling pain curve across it.
  const started = daysAgo(14)
  const seeded = await app.evaluate(
    async ({ started, days }) => {
      const episode = await window.journal.episodes.start({
        startedOn: started,
        region: 'lower',
        side: 'left',
        trigger: 'lifting',
        triggerNote: 'Moving a sofa',
      })
      for (const [i, date] of days.entries()) {
        await window.journal.checkins.save({
          date,
          slot: 'evening',
          pain: Math.max(1, 8 - Math.floor(i / 2)),
          stiffness: Math.max(2, 7 - Math.floor(i / 3)),
          spasmFrequency: 0,
        })
      }
      return episode
    },
    { started, days: [14, 12, 10, 8, 6, 4, 2, 1].map(daysAgo) },
  )
  expect(seeded.ok).toBe(true)
  await app.reload()

  // Today: "Day 15", and the two-week flag once, in the alert strip, not again on the card.
  const episodeCard = app.getByRole('region', { name: 'Spasm episode' })
  const twoWeeks = 'Longer than two weeks — see a clinician about an underlying cause'
  await expect(episodeCard.getByText('Day 15')).toBeVisible()
  const strip = app.getByRole('region', { name: 'Alerts' })
  await expect(strip.getByRole('heading', { name: twoWeeks })).toBeVisible()
  await expect(episodeCard.getByText(twoWeeks)).toHaveCount(0)
  await expect(episodeCard.getByText('Its flags are in the alerts above.')).toBeVisible()

  // Record an emergency warning sign through the morning check-in form.
  const morning = app.getByRole('region', { name: 'Morning check-in' })
  for (const [group, option] of [
    ['Pain right now', '5'],
    ['Stiffness right now', '4'],
    ['Spasms since the last check-in', '0: No spasms'],
  ]) {
    await morning
      .getByRole('group', { name: group })
      .getByRole('radio', { name: option, exact: true })
      .check()
  }
  // The checklist opens from the keyboard.
  await morning.locator('summary', { hasText: 'Warning signs' }).focus()
  await app.keyboard.press('Enter')
  await morning.getByLabel('Loss of bladder or bowel control').check()
  await screenshot(morning, 'checkin-warning-signs')
  await morning.getByRole('button', { name: 'Save morning check-in' }).click()
  await expect(morning.getByText('✓ Saved')).toBeVisible()

  const banner = app.getByRole('alert').filter({ hasText: 'Loss of bladder or bowel control' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('Emergency')
  await expect(banner).toContainText('Seek care now')
  await expect(banner).toContainText(
    `Warning sign ticked on the morning check-in of ${formatShortDay(today)}`,
  )
  // Alerts come most serious first: the emergency banner is above the two-week one.
  const alerts = app.getByRole('region', { name: 'Alerts' })
  await expect(alerts.locator('.alert h3')).toHaveText([
    'Loss of bladder or bowel control',
    'Longer than two weeks — see a clinician about an underlying cause',
  ])
  await screenshot(app, 'today-alerts')

  // It stays after a reload until acknowledged; the acknowledgement is stored with its time.
  await app.reload()
  await expect(banner).toBeVisible()
  await banner.getByRole('button', { name: /Acknowledge/ }).click()
  await expect(banner).toHaveCount(0)
  const acks = diary.db
    .prepare('SELECT key, tier, acknowledged_at AS at FROM alert_acknowledgements')
    .all() as { key: string; tier: string; at: string }[]
  expect(acks).toHaveLength(1)
  expect(acks[0]?.tier).toBe('emergency')
  expect(acks[0]?.key).toMatch(/^symptom:bladder_bowel_control_loss:/)

  // The history on the Episodes page keeps it.
  const nav = app.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Episodes' }).click()
  const history = app.getByRole('region', { name: 'Alerts history' })
  await expect(
    history.getByRole('heading', { name: 'Loss of bladder or bowel control' }),
  ).toBeVisible()
  await expect(history.getByText(/Acknowledged/)).toBeVisible()

  // Episode detail: dates, place, trigger, flags, check-ins and the curve.
  await app
    .getByRole('button', { name: `Open lower back episode of ${formatDay(started)}` })
    .click()
  const detail = app.getByRole('region', { name: /Lower back episode · Day 15/ })
  await expect(detail).toBeVisible()
  await expect(detail.getByText('Lifting — Moving a sofa')).toBeVisible()
  await expect(detail.getByText('Lower back, left side')).toBeVisible()
  await expect(detail.getByRole('heading', { name: 'Check-ins (9)' })).toBeVisible()
  await expect(detail.locator('.recharts-line')).toHaveCount(2)
  await expect(detail.getByText('Pain (solid line, circles)')).toBeVisible()
  await screenshot(app, 'episode-detail')

  // End it today: the flag history is kept on the ended episode.
  await detail.getByRole('button', { name: 'End episode' }).click()
  await expect(app.getByRole('region', { name: /Lower back episode · 15 days/ })).toBeVisible()
  const list = app.getByRole('region', { name: 'All episodes' })
  await expect(list.getByText(/Ended · 15 days/)).toBeVisible()
  await expect(
    list.getByText('Longer than two weeks — see a clinician about an underlying cause'),
  ).toBeVisible()
  expect(diary.db.prepare('SELECT ended_on FROM episodes').pluck().get()).toBe(today)
  // The list filters: nothing is ongoing any more.
  await list.getByLabel('Show').selectOption('ongoing')
  await expect(list.getByText('No episodes match.')).toBeVisible()
  await list.getByLabel('Show').selectOption('ended')
  await expect(list.getByText(/Ended · 15 days/)).toBeVisible()
  await app.getByRole('button', { name: 'Close' }).click()
  await screenshot(app, 'episodes')

  // Today no longer shows an episode card; "Spasm now" starts the next one.
  await nav.getByRole('link', { name: 'Today' }).click()
  await expect(app.getByRole('button', { name: 'Spasm now' })).toBeVisible()
  await expect(app.getByRole('region', { name: 'Spasm episode' })).toHaveCount(0)
})

test('"Spasm now" asks where and when; a refused save writes nothing; ending can be undone', async ({
  app,
  diary,
}) => {
  const episodes = () => diary.db.prepare('SELECT region, started_on, ended_on FROM episodes').all()
  await app.getByRole('button', { name: 'Spasm now' }).click()
  const form = app.getByRole('form', { name: 'Spasm now' })
  // When is today unless changed, written as the locale writes dates (en-GB in the harness).
  await expect(form.getByLabel('Started on')).toHaveValue(ukDate(today))
  await expect(form.getByRole('radio', { name: 'Lower back' })).toBeFocused()
  await form.getByRole('button', { name: 'Start episode and save pain' }).click()
  await expect(form.locator('.field-error').first()).toBeVisible()
  expect(episodes()).toEqual([])

  await form.getByRole('radio', { name: 'Upper back' }).check()
  await form.getByLabel('Started on').fill(daysAgo(2))
  for (const [legend, nth] of [
    ['Pain right now', 6],
    ['Stiffness right now', 4],
    // How often × how severe: the first row, its second column (moderate).
    ['Spasms: how often since the last check-in, and how severe', 1],
  ] as const) {
    await form.getByRole('group', { name: legend }).getByRole('radio').nth(nth).check()
  }
  await form.getByRole('button', { name: 'Start episode and save pain' }).click()
  const card = app.getByRole('region', { name: 'Spasm episode' })
  await expect(card.getByText('Day 3')).toBeVisible()
  expect(episodes()).toEqual([{ region: 'upper', started_on: daysAgo(2), ended_on: null }])
  await app.getByRole('button', { name: 'Not now' }).click()
  await app.getByRole('button', { name: 'Close' }).click()

  // "It has ended" (today unless changed), and Undo takes it back.
  await card.getByRole('button', { name: 'It has ended' }).click()
  const end = card.getByRole('form', { name: 'End the upper back episode' })
  await expect(end.getByLabel('It ended on')).toHaveValue(ukDate(today))
  await expect(end.getByLabel('It ended on')).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(card.getByText('No episode is going on now.')).toBeVisible()
  expect(episodes()).toEqual([{ region: 'upper', started_on: daysAgo(2), ended_on: today }])
  await expect(card.getByRole('button', { name: 'Undo' })).toBeFocused()
  await screenshot(app, 'today-episode-ended-undo')
  await app.keyboard.press('Enter')
  await expect(card.getByText('Day 3')).toBeVisible()
  expect(episodes()).toEqual([{ region: 'upper', started_on: daysAgo(2), ended_on: null }])

  // Spasm now in the same place continues it: no second episode.
  await app.getByRole('button', { name: 'Spasm now' }).click()
  await form.getByRole('radio', { name: 'Upper back' }).check()
  await expect(form.getByText(/Continues your upper back episode: day 3/)).toBeVisible()
  await expect(form.getByLabel('Started on')).toHaveCount(0)
})

test('health-history answers are saved in Settings and raise the urgent tier with pain', async ({
  app,
}) => {
  await app.getByRole('link', { name: 'Settings' }).click()
  await app
    .getByRole('group', { name: 'Have you ever had cancer?' })
    .getByRole('radio', { name: 'Yes' })
    .check()
  // Saved as it is answered, and said.
  await expect(
    app.getByRole('status').filter({ hasText: 'Saved: “Have you ever had cancer?” yes.' }),
  ).toBeVisible()
  await app.getByRole('link', { name: 'Today' }).click()
  // The answer alone raises nothing.
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Today')
  await expect(app.getByRole('region', { name: 'Alerts' })).toHaveCount(0)
  await app.evaluate(
    (date) =>
      window.journal.checkins.save({
        date,
        slot: 'morning',
        pain: 4,
        stiffness: 3,
        spasmFrequency: 0,
      }),
    today,
  )
  await app.reload()
  const banner = app.getByRole('alert').filter({ hasText: 'history of cancer' })
  await expect(banner).toContainText('Urgent')
  await expect(banner).toContainText('Contact your healthcare provider today')
  await expect(banner).toContainText('Back pain of 4/10 recorded on the morning check-in')
})
