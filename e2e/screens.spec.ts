import { expect, screenshotBothThemes, test } from './harness/fixtures'
import { seedRepresentativeDiary } from './harness/representative-diary'
import { openScreen } from './harness/screens'

/**
 * Every screen, light and dark, wide and narrow, on one representative diary, saved as
 * test-results/screenshots/screens/<screen>-<theme>-<width>.png for people to look at (before
 * and after a restyle, for an accessibility review). It checks that each screen drew, not how.
 */

const open = openScreen

const SIZES = [
  { width: 1280, height: 900 },
  { width: 720, height: 560 },
] as const

for (const size of SIZES) {
  test(`every screen, light and dark, ${size.width}×${size.height}`, async ({ app, diary }) => {
    // Every screen twice (light and dark): more than the default minute on a busy machine.
    test.setTimeout(180_000)
    seedRepresentativeDiary(diary)
    await app.setViewportSize(size)
    await app.emulateMedia({ colorScheme: 'light' })
    // 19:00: the morning is saved, the evening due (the page's clock; main's stays real).
    const now = new Date()
    await app.clock.install({
      time: new Date(now.getFullYear(), now.getMonth(), now.getDate(), 19, 0),
    })
    await app.reload()
    // Both themes of each state, one walk: the state is the slow part, not the picture.
    const shot = (screen: string) =>
      screenshotBothThemes(app, (theme) => `screens/${screen}-${theme}-${size.width}`)

    await expect(app.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    await expect(
      app
        .getByRole('region', { name: 'Also today' })
        .getByRole('button', { name: /Morning check-in.*saved/ }),
    ).toBeVisible()
    await expect(app.getByRole('region', { name: 'Alerts' })).toBeVisible()
    await shot('today')

    // A refused save: every field error in place.
    const evening = app.getByRole('region', { name: 'Evening check-in' })
    await evening.getByRole('button', { name: 'Save evening check-in' }).click()
    await expect(evening.getByRole('alert').first()).toBeVisible()
    await shot('today-errors')

    await open(app, 'Journal')
    await expect(app.getByRole('article').first()).toBeVisible()
    await shot('journal')
    await app.getByRole('article').first().getByRole('button', { name: /^Edit/ }).click()
    await expect(app.getByRole('form').first()).toBeVisible()
    await shot('journal-edit')

    await open(app, 'Episodes')
    await expect(app.getByRole('region', { name: 'All episodes' })).toBeVisible()
    await expect(app.getByRole('region', { name: 'Alerts history' })).toBeVisible()
    await shot('episodes')
    await app.getByRole('button', { name: 'Start a new episode' }).click()
    await expect(app.getByRole('form', { name: 'Start episode' })).toBeVisible()
    await shot('episodes-start')
    await app.getByRole('button', { name: 'Cancel' }).click()
    await app.getByRole('button', { name: /^Open mid back episode/ }).click()
    const detail = app.getByRole('region', { name: /Mid back episode/ })
    await expect(detail.locator('.recharts-line-curve').first()).toBeVisible()
    await shot('episode-detail')

    await open(app, 'Treatments')
    await expect(app.getByRole('region', { name: 'What works' })).toBeVisible()
    await expect(app.getByRole('article').first()).toBeVisible()
    await shot('treatments')
    const quick = app.getByRole('form', { name: 'Quick log' })
    await quick.getByRole('button', { name: 'Heat' }).click()
    await expect(quick.getByRole('button', { name: 'Save heat session' })).toBeVisible()
    await shot('treatments-quick-log')

    await open(app, 'Trends')
    const stiffness = app.getByRole('figure', { name: 'Stiffness: morning vs evening' })
    await expect(stiffness.locator('.series-line').first()).toBeVisible()
    await expect(app.getByRole('figure', { name: 'Treatments' })).toBeVisible()
    await expect(app.getByRole('figure', { name: 'Weekly PEG score' })).toBeVisible()
    await shot('trends')

    await open(app, 'Report')
    await expect(
      app.getByRole('heading', { name: 'Back spasm diary — summary for the clinician' }),
    ).toBeVisible()
    await expect(app.locator('.report__chart .recharts-line-curve').first()).toBeVisible()
    await shot('report')

    await open(app, 'Settings')
    await expect(app.getByRole('region', { name: 'Health history' })).toContainText('Yes')
    await shot('settings')
  })
}
