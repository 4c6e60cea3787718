import type { Page } from '@playwright/test'
import { addDays } from 'date-fns'
import { toIsoDate } from '../src/shared/dates'
import { insertCheckin, insertEpisode, insertPeg, insertTreatment } from '../testing/diary-rows'
import { seedSyntheticDiary } from '../testing/synthetic-diary'
import type { TempDiary } from '../testing/temp-diary'
import { expect, screenshot, test } from './harness/fixtures'

/**
 * Every screen, light and dark, wide and narrow, on one representative diary, saved as
 * test-results/screenshots/screens/<screen>-<theme>-<width>.png for people to look at (before
 * and after a restyle, for an accessibility review). It checks that each screen drew, not how.
 */

const daysAgo = (n: number) => toIsoDate(addDays(new Date(), -n))

function seedRepresentativeDiary(diary: TempDiary): void {
  const db = diary.db
  seedSyntheticDiary(db, { to: daysAgo(1), days: 60, seed: 8 })
  const ongoing = insertEpisode(db, {
    startedOn: daysAgo(15),
    endedOn: null,
    region: 'mid',
    side: 'both',
    trigger: 'lifting',
    notes: 'Moving boxes at work',
  })
  // Direct inserts skip main's relinking: link the ongoing episode's days by hand.
  db.prepare('UPDATE checkins SET episode_id = ? WHERE date >= ?').run(ongoing, daysAgo(15))
  const urgent = insertCheckin(db, { date: daysAgo(1), slot: 'other', pain: 7, stiffness: 6 })
  const morning = insertCheckin(db, {
    slot: 'morning',
    date: daysAgo(0),
    notes: 'Stiff until after breakfast',
    sleepInterrupted: true,
    stiffnessMinutes: 40,
    pain: 5,
    stiffness: 6,
    spasmSeverity: 2,
    spasmFrequency: 2,
    noteForDoctor: true,
  })
  const sign = db.prepare('INSERT INTO checkin_symptoms (checkin_id, code) VALUES (?, ?)')
  sign.run(urgent, 'pain_worse_lying_down_or_at_night')
  sign.run(morning, 'pain_below_knee_one_leg')
  insertTreatment(db, {
    kind: 'tens',
    startedAt: `${daysAgo(0)}T08:30`,
    detail: 'Pads on the lower back, level 4',
    durationMinutes: 20,
    painBefore: 6,
    painAfter: 4,
    sideEffect: 'Skin irritation under the pads',
  })
  // Weekly PEG answers, none this week: Today offers the card, Trends and the report show them.
  for (const [week, pain] of [8, 7, 7, 6, 5, 5, 6, 4].entries()) {
    insertPeg(db, { date: daysAgo(56 - week * 7), pain, enjoyment: pain - 1, activity: pain + 1 })
  }
}

const nav = (app: Page) => app.getByRole('navigation', { name: 'Main' })

async function open(app: Page, name: string) {
  await nav(app).getByRole('link', { name, exact: true }).click()
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible()
}

const SIZES = [
  { width: 1280, height: 900 },
  { width: 720, height: 560 },
] as const

for (const theme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`every screen, ${theme}, ${size.width}×${size.height}`, async ({ app, diary }) => {
      seedRepresentativeDiary(diary)
      await app.setViewportSize(size)
      await app.emulateMedia({ colorScheme: theme })
      await app.reload()
      const shot = (screen: string) => screenshot(app, `screens/${screen}-${theme}-${size.width}`)

      await expect(app.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
      await expect(app.getByRole('region', { name: 'Morning check-in' })).toContainText('Saved')
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
      await expect(stiffness.locator('.recharts-line-curve').first()).toBeVisible()
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
}
