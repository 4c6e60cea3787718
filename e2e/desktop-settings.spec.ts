import { expect, screenshot, test } from './harness/fixtures'
import { openScreen } from './harness/screens'

// What Settings says about the desktop Unknot runs on: no tray icons (a Linux desktop without a
// StatusNotifier host) and a journal on a network drive.

const WARNING =
  'Your journal is in /mnt/nas/Unknot, on a network drive. SQLite, which keeps the journal, needs a local disk to save safely.'

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 720]) {
    test.describe(`${colorScheme}, ${width}`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } })

      test('Settings says there is no tray and the journal is on a network drive', async ({
        app,
        diary,
      }) => {
        diary.services.desktop.trayHost = false
        diary.ctx.app.dataFolderWarning = WARNING
        // The window reads app:info once, when it starts.
        await app.reload()
        await expect(app.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
        await openScreen(app, 'Settings')
        await expect(app.getByText(WARNING)).toBeVisible()
        const keep = app.getByLabel('Keep Unknot in the tray when its window is closed')
        await expect(keep).toBeDisabled()
        await expect(keep).not.toBeChecked()
        await expect(keep).toHaveAccessibleDescription(/This desktop shows no tray icons/)
        await screenshot(app, `desktop/settings-no-tray-${colorScheme}-${width}`)
      })
    })
  }
}
