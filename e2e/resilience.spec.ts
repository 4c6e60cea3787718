import { expect, test } from './harness/fixtures'

test('a page that cannot render says so and the rest of the app keeps working', async ({
  app,
  diary,
}) => {
  // A history row the renderer cannot format (only possible by editing the file by hand).
  diary.db
    .prepare(
      `INSERT INTO alert_acknowledgements (key, tier, title, reason, advice, recorded_on,
         source_kind, source_id, acknowledged_at)
       VALUES ('symptom:fever:checkin:1@x', 'urgent', 'Fever', 'You ticked it.', 'Call today.',
         '2026-11-01', 'checkin', 1, 'not a time')`,
    )
    .run()
  await app.getByRole('link', { name: 'Episodes' }).click()
  await expect(
    app.getByRole('alert').filter({ hasText: 'This page could not be shown.' }),
  ).toContainText('nothing was changed')
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await app.getByRole('link', { name: 'Go back to Today' }).click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Today')
})

// Today puts the morning check-in first before 14:00: these steps fill it in.
test.describe('in the morning', () => {
  test.use({ timeOfDay: [7, 30] })

  test('Enter on a warning-sign tick box does not save the check-in without it', async ({
    app,
    diary,
  }) => {
    const morning = app.getByRole('region', { name: 'Morning check-in' })
    for (const [group, option] of [
      ['Pain right now', '3'],
      ['Stiffness right now', '3'],
      ['Spasms since the last check-in', '0: No spasms'],
    ] as const) {
      await morning
        .getByRole('group', { name: group })
        .getByRole('radio', { name: option, exact: true })
        .check()
    }
    await morning.getByText('Warning signs').click()
    const sign = morning.getByRole('checkbox', { name: 'Sharp, stabbing pain' })
    await sign.focus()
    await app.keyboard.press('Enter')
    expect(diary.db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0)
    await app.keyboard.press('Space')
    await expect(sign).toBeChecked()
    await app.keyboard.press('Control+Enter')
    await expect(morning.getByText('✓ Saved')).toBeVisible()
    expect(diary.db.prepare('SELECT code FROM checkin_symptoms').pluck().all()).toEqual([
      'sharp_stabbing_pain',
    ])
  })
})

test('Today moves on to the new day at midnight while the window stays open', async ({ app }) => {
  await app.clock.install({ time: new Date(2026, 10, 24, 23, 59, 30) })
  await app.reload()
  // The date field writes the day as the locale does (en-GB in the harness).
  const date = app.getByLabel('Entries for')
  await expect(date).toHaveValue('24/11/2026')
  await app.clock.runFor(60_000)
  await expect(date).toHaveValue('25/11/2026')
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Today')
})
