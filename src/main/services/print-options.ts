/**
 * How the report is printed to PDF, shared by the app (`webContents.printToPDF`) and the
 * Playwright harness that tests the layout (`page.pdf`), so the tested layout is the shipped one.
 * Margins are explicit because Electron's default (about 0.4 in) differs from Playwright's (0);
 * the print stylesheet's `@page` rule sets the paper margins.
 */
export function printOptions(pageSize: 'A4' | 'Letter') {
  return {
    pageSize,
    printBackground: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  } as const
}
