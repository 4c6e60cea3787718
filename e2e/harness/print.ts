import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { TempDiary } from '../../testing/temp-diary'
import { SCREENSHOT_DIR } from './paths'

/**
 * In the harness the "window" main prints is the Playwright page: printToPdf becomes page.pdf,
 * which takes the same Chromium header and footer templates as Electron's printToPDF.
 */
export function printWithPlaywright(diary: TempDiary, page: Page): void {
  diary.services.printToPdf = async ({ pageSize, headerTemplate, footerTemplate }) =>
    new Uint8Array(
      await page.pdf({
        format: pageSize,
        printBackground: true,
        ...(footerTemplate === undefined
          ? {}
          : { displayHeaderFooter: true, headerTemplate, footerTemplate }),
      }),
    )
}

/** The PDF's text, laid out as on the page (pdftotext -layout). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

/** Every page as a PNG in test-results/screenshots (`<name>-1.png`, …), for people to look at. */
export function pdfPagePngs(file: string, name: string): string[] {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '90', file, join(SCREENSHOT_DIR, name)])
  return readdirSync(SCREENSHOT_DIR)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .map((f) => join(SCREENSHOT_DIR, f))
}
