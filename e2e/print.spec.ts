import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { REPORT_TODAY, seedReportFixtureWithRedFlag } from '../testing/report-fixture'
import { expect, screenshot, test } from './harness/fixtures'
import { pdfPictures, pdfText, printWithPlaywright, rasterPage } from './harness/print'
import { openScreen } from './harness/screens'

/** Paper is white under the red flags, whatever the screen's theme. */
const PAPER = [0xff, 0xff, 0xff]
const DPI = 96
// @page { margin: 12mm } around the printed layout, in pixels at 96 dpi.
const PAGE_MARGIN_PX = (12 / 25.4) * DPI

/** Where `locator` lands on page 1: its box in the print layout, shifted by the page margin. */
async function printedBox(page: Page, locator: Locator) {
  await page.emulateMedia({ media: 'print' })
  const box = await locator.boundingBox()
  await page.emulateMedia({ media: 'screen' })
  if (!box) throw new Error('not laid out')
  return {
    x: box.x + PAGE_MARGIN_PX,
    y: box.y + PAGE_MARGIN_PX,
    width: box.width,
    height: box.height,
  }
}

async function startHeatTimer(app: Page) {
  await openScreen(app, 'Treatments')
  const timers = app.getByRole('region', { name: 'Guided timers' })
  await timers.getByRole('radio', { name: /^Heat/ }).check()
  await timers
    .getByRole('group', { name: 'Pain before you start', exact: true })
    .getByRole('radio', { name: '6', exact: true })
    .check()
  await timers.getByRole('button', { name: 'Start heat' }).click()
  await expect(app.getByRole('complementary', { name: 'Guided timer' })).toContainText('Heat on')
}

test('the report prints in the light palette in dark mode, without the timer dock', async ({
  app,
  diary,
}) => {
  seedReportFixtureWithRedFlag(diary.db)
  diary.ctx.now = () => new Date(`${REPORT_TODAY}T09:00:00`)
  printWithPlaywright(diary, app)
  // Print at the width of the printed page so the screen-to-paper mapping below holds.
  await app.setViewportSize({ width: 703, height: 900 })
  await startHeatTimer(app)

  await openScreen(app, 'Report')
  await app.getByLabel('From').fill('2026-03-01')
  await app.getByLabel('to', { exact: true }).fill('2026-03-31')
  const flags = app.getByRole('region', { name: 'Red flags' })
  await expect(flags).toContainText('Loss of bladder or bowel control')

  const out = mkdtempSync(join(tmpdir(), 'unknot-print-'))
  try {
    const print = async (scheme: 'light' | 'dark') => {
      await app.emulateMedia({ colorScheme: scheme })
      const file = join(out, `report-${scheme}.pdf`)
      diary.services.nextSavePath = file
      await app.getByRole('button', { name: 'Export PDF' }).click()
      await expect(app.getByRole('status').filter({ hasText: 'PDF saved' })).toContainText(file)
      return file
    }
    const light = await print('light')
    const dark = await print('dark')
    // The screen really is dark: the OS theme reaches the page.
    expect(
      await app.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(23, 22, 20)')
    await screenshot(app, 'report-dark-before-print')

    // Same words on paper, and none from the timer dock in the corner of the screen.
    const text = pdfText(dark)
    expect(text).toBe(pdfText(light))
    expect(text).toContain('Red flags')
    expect(text).not.toMatch(/Heat on|Open timer|Guided timer/)

    // The red flags (a plain list, no box) print on white paper, not on the dark screen colour.
    const paper = rasterPage(dark, 1, DPI)
    const box = await printedBox(app, flags)
    expect(paper.at(box.x + 2, box.y + box.height / 2)).toEqual(PAPER)
    const course = await printedBox(app, app.getByRole('region', { name: 'Course' }))
    expect(paper.at(course.x + 2, course.y + course.height / 2)).toEqual(PAPER)
    // And the whole page is the same picture as the one printed in light mode.
    expect(paper.data.equals(rasterPage(light, 1, DPI).data)).toBe(true)
    pdfPictures(dark, 'report-pdf-printed-in-dark-mode', { firstOnly: true })
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
