import { expect, test } from './harness/fixtures'

// The morning check-in is the one due before 14:00.
test.use({ timeOfDay: [7, 30] })

/**
 * A refused save is said once: one error summary (the only live region), focused, linking to
 * each field that needs an answer; the fields' own messages are there but not announced.
 */
test('an empty check-in: one summary, focused, with a link to every field', async ({ app }) => {
  const morning = app.getByRole('region', { name: 'Morning check-in' })
  const save = morning.getByRole('button', { name: 'Save morning check-in' })
  await save.click()

  const summary = morning.getByRole('alert')
  await expect(summary).toHaveCount(1)
  await expect(app.getByRole('alert')).toHaveCount(1)
  await expect(summary).toBeFocused()
  const links = summary.getByRole('link')
  await expect(links).toHaveText([
    /^Pain right now: /,
    /^Stiffness right now: /,
    /^Spasms since the last check-in: /,
  ])
  // The field messages are still next to their fields, tied to them, just not live.
  await expect(morning.locator('.field-error')).toHaveCount(3)
  await expect(morning.getByRole('group', { name: 'Pain right now' })).toHaveAttribute(
    'aria-invalid',
    'true',
  )

  // A link puts the person on the field.
  await links.nth(1).click()
  await expect(
    morning
      .getByRole('group', { name: 'Stiffness right now' })
      .getByRole('radio', { name: '0', exact: true }),
  ).toBeFocused()

  // Answer one question and save again: the summary is said again, with what is still missing.
  await morning
    .getByRole('group', { name: 'Pain right now' })
    .getByRole('radio', { name: '4' })
    .check()
  await save.click()
  await expect(app.getByRole('alert')).toHaveCount(1)
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText([
    /^Stiffness right now: /,
    /^Spasms since the last check-in: /,
  ])
})
