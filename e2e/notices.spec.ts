import { emitEvent, expect, screenshot, test } from './harness/fixtures'

// Main sends app:notice when the system could not show a desktop notification
// (src/main/services/notify.ts); the window must show it instead, on whatever page is open.

test('a notification the system could not show waits in the window until dismissed', async ({
  app,
}) => {
  const messages = app.locator('.notices')
  await expect(messages).toBeEmpty()

  await emitEvent(app, 'app:notice', {
    title: 'Ice off',
    body: 'Take the ice pack off now. Next round in about 90 minutes.',
  })
  await expect(messages).toContainText('Ice off')
  await expect(messages).toContainText('Take the ice pack off now.')
  await expect(messages).toContainText('did not show it as a desktop notification')
  await expect(messages).toHaveAttribute('aria-live', 'polite')

  // It stays while the person moves around the app, and a second one goes on top.
  await app.getByRole('link', { name: 'Journal' }).click()
  await emitEvent(app, 'app:notice', {
    title: 'Evening check-in',
    body: 'Your evening check-in is still open.',
  })
  await expect(messages.locator('.notice strong')).toHaveText(['Evening check-in', 'Ice off'])
  for (const size of [
    { width: 1280, height: 900 },
    { width: 720, height: 560 },
  ]) {
    await app.setViewportSize(size)
    for (const theme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme: theme })
      await screenshot(app, `notices-${theme}-${size.width}`)
    }
  }

  // Keyboard: Tab reaches the dismiss buttons; each names what it dismisses.
  await app.getByRole('button', { name: 'Dismiss: Ice off' }).focus()
  await app.keyboard.press('Enter')
  await expect(messages.locator('.notice strong')).toHaveText(['Evening check-in'])
  await app.getByRole('button', { name: 'Dismiss: Evening check-in' }).click()
  await expect(messages).toBeEmpty()
})

test('only the newest five are kept, and none is printed', async ({ app }) => {
  for (let i = 1; i <= 7; i++) {
    await emitEvent(app, 'app:notice', { title: `Heat phase ${i}`, body: '' })
  }
  const titles = app.locator('.notices .notice strong')
  await expect(titles).toHaveText([7, 6, 5, 4, 3].map((i) => `Heat phase ${i}`))
  await app.emulateMedia({ media: 'print' })
  await expect(app.locator('.notices')).toBeHidden()
})
