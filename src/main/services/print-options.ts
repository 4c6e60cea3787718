/** Chromium's print header and footer templates (`pageNumber` and `totalPages` fill in). */
export interface PdfTemplates {
  headerTemplate?: string | undefined
  footerTemplate?: string | undefined
}

/**
 * How the report is printed to PDF, shared by the app (`webContents.printToPDF`) and the
 * Playwright harness that tests the layout (`page.pdf`), so the tested layout is the shipped one.
 * Margins are explicit because Electron's default (about 0.4 in) differs from Playwright's (0);
 * the print stylesheet's `@page` rule sets the paper margins.
 */
export function printOptions(pageSize: 'A4' | 'Letter', templates: PdfTemplates = {}) {
  return {
    pageSize,
    printBackground: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    // A footer on every page (the report's label, period and page numbers), drawn by Chromium
    // in the margin the print stylesheet's @page rule leaves.
    ...(templates.footerTemplate === undefined
      ? {}
      : {
          displayHeaderFooter: true,
          // An empty header template would bring back Chromium's default date-and-title one.
          headerTemplate: templates.headerTemplate ?? '<span></span>',
          footerTemplate: templates.footerTemplate,
        }),
  } as const
}
