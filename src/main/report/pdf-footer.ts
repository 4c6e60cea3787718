import { formatShortDay } from '../../shared/format'
import type { DateRange } from '../../shared/domain/common'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

/**
 * The footer printed on every page of the doctor's summary (Chromium's print template, used by
 * Electron's printToPDF and Playwright's page.pdf alike): the label, the period, when and by what
 * it was generated, and "page X of Y" from the template's own pageNumber/totalPages fields. The
 * label is the person's text: escaped, it can never become markup.
 */
export function pdfFooterTemplate(options: {
  label: string
  period: DateRange
  generatedOn: string
}): string {
  const label = options.label.trim()
  const parts = [
    ...(label ? [escapeHtml(label)] : []),
    `${formatShortDay(options.period.from)} – ${formatShortDay(options.period.to)}`,
    `generated on ${formatShortDay(options.generatedOn)} by Unknot`,
  ]
  // Print templates get no stylesheet and a near-zero default font size: style them inline.
  return (
    '<div style="width:100%;margin:0 10mm;font:8px sans-serif;color:#444;display:flex;' +
    'justify-content:space-between;gap:8px">' +
    `<span>${parts.join(' · ')}</span>` +
    '<span style="white-space:nowrap">page <span class="pageNumber"></span> of ' +
    '<span class="totalPages"></span></span></div>'
  )
}

/** Nothing above the content: an empty header keeps Chromium from printing its default one. */
export const PDF_HEADER_TEMPLATE = '<span></span>'
