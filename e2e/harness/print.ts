import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { printOptions, type PdfTemplates } from '../../src/main/services/print-options'
import type { TempDiary } from '../../testing/temp-diary'
import { SCREENSHOT_DIR, SCREENSHOTS } from './paths'

/** page.pdf's options for what the app passes to webContents.printToPDF (paper, backgrounds, margins). */
export function playwrightPdfOptions(pageSize: 'A4' | 'Letter', templates: PdfTemplates = {}) {
  const options = printOptions(pageSize, templates)
  const { margins, printBackground } = options
  return {
    format: pageSize,
    printBackground,
    // The same header and footer templates (label, period, page X of Y) when the app sends them.
    ...('displayHeaderFooter' in options
      ? {
          displayHeaderFooter: options.displayHeaderFooter,
          headerTemplate: options.headerTemplate,
          footerTemplate: options.footerTemplate,
        }
      : {}),
    margin: {
      top: `${margins.top}in`,
      bottom: `${margins.bottom}in`,
      left: `${margins.left}in`,
      right: `${margins.right}in`,
    },
  }
}

/** In the harness the "window" main prints is the Playwright page: printToPdf becomes page.pdf. */
export function printWithPlaywright(diary: TempDiary, page: Page): void {
  diary.services.printToPdf = async ({ pageSize, ...templates }) =>
    new Uint8Array(await page.pdf(playwrightPdfOptions(pageSize, templates)))
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

/** One page of a PDF as RGB pixels (pdftoppm's PPM output, read directly). */
export interface Raster {
  width: number
  height: number
  /** `[r, g, b]` at (x, y) in pixels from the top left. */
  at(x: number, y: number): [number, number, number]
  data: Buffer
}

export function rasterPage(file: string, page: number, dpi: number): Raster {
  const ppm = execFileSync(
    'pdftoppm',
    ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file],
    { maxBuffer: 256 * 1024 * 1024 },
  )
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 32).toString('latin1'))
  if (!header?.[0]) throw new Error('pdftoppm did not write a binary PPM')
  const width = Number(header[1])
  const height = Number(header[2])
  const data = ppm.subarray(header[0].length)
  return {
    width,
    height,
    data,
    at: (x, y) => {
      const i = (Math.round(y) * width + Math.round(x)) * 3
      return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]
    },
  }
}

/**
 * The PDF's pages as PNGs in test-results/screenshots for people to look at: every page
 * (`<name>-1.png`, …), or only the first (`<name>.png`). None when pictures are off.
 */
export function pdfPictures(file: string, name: string, { firstOnly = false } = {}): void {
  if (!SCREENSHOTS) return
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const pages = firstOnly ? ['-f', '1', '-l', '1', '-singlefile'] : []
  execFileSync('pdftoppm', ['-png', '-r', '90', ...pages, file, join(SCREENSHOT_DIR, name)])
}
